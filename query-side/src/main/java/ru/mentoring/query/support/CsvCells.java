package ru.mentoring.query.support;

import java.util.regex.Pattern;

/**
 * Keeps the text of a CSV cell from being run as a formula when the file is opened in a spreadsheet program:
 * text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written after a
 * single quote, as OWASP recommends against CSV injection. A plain number such as {@code -5} is left alone, so
 * that a figure stays a figure.
 */
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private CsvCells() {
    }

    /** The text as it is safe to write into a cell; {@code null} stays {@code null}. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty() || !startsAFormula(text.charAt(0))
                || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static boolean startsAFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
