package ru.mentoring.command.common;

/**
 * Which text the application takes in: no control characters (Unicode category Cc — C0, DEL and C1) except tab,
 * line feed and a carriage return that ends a line before a line feed, and no lone surrogates. Such characters
 * are never typed by a person, PostgreSQL refuses NUL in text, and a stored event that no projection can write
 * would stall it; so they are refused at the edge, before any command is sent.
 */
public final class ControlCharacters {

    /** The problem code of a refused text. */
    public static final String CODE = "input.invalid";

    /** What a refused field is told, the same for the API and the admin UI. */
    public static final String REFUSED = "недопустимый управляющий символ";

    private ControlCharacters() {
    }

    /** Whether the text (none counts as acceptable) holds no refused character. */
    public static boolean acceptable(String text) {
        return text == null || firstRefused(text) < 0;
    }

    /** The index of the first refused character of the text, or -1 when there is none. */
    public static int firstRefused(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean next = i + 1 < text.length();
            if (Character.isISOControl(c)) {
                boolean allowed = c == '\t' || c == '\n' || (c == '\r' && next && text.charAt(i + 1) == '\n');
                if (!allowed) {
                    return i;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (!next || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
