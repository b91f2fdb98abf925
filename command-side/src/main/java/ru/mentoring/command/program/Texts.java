package ru.mentoring.command.program;

/**
 * How the program's events store optional free text: stripped, and absent rather than blank.
 */
final class Texts {

    private Texts() {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
