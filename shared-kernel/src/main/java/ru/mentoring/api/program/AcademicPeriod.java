package ru.mentoring.api.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year (учебный год) a program runs for, written as in the source documents: "2021-2022".
 * The second year must follow the first.
 */
public record AcademicPeriod(int startYear) {

    /** The accepted text form, for edge validation. */
    public static final String PATTERN = "\\d{4}-\\d{4}";
    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{4})");

    public AcademicPeriod {
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("учебный год должен начинаться между 2000 и 2100 годами");
        }
    }

    @JsonCreator
    public static AcademicPeriod parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("учебный год записывается как 2021-2022, а не «" + text + "»");
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        if (end != start + 1) {
            throw new IllegalArgumentException("учебный год — два года подряд, например 2021-2022, а не «" + text + "»");
        }
        return new AcademicPeriod(start);
    }

    /** The academic year after this one. */
    public AcademicPeriod next() {
        return new AcademicPeriod(startYear + 1);
    }

    @JsonValue
    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
