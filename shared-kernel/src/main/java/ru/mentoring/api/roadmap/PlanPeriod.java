package ru.mentoring.api.roadmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a road map covers, written as in the source documents: "2020-2021", "2021-2022", "2020-2024".
 * A plan for an academic year covers both its calendar years; every date of the plan lies within them.
 */
public record PlanPeriod(int firstYear, int lastYear) {

    /** The accepted text form, for edge validation. */
    public static final String PATTERN = "\\d{4}-\\d{4}";
    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{4})");

    public PlanPeriod {
        if (firstYear < 2000 || lastYear > 2100) {
            throw new IllegalArgumentException("a plan period lies between 2000 and 2100");
        }
        if (lastYear < firstYear || lastYear - firstYear > 10) {
            throw new IllegalArgumentException("a plan period spans one to ten years");
        }
    }

    @JsonCreator
    public static PlanPeriod parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("period must look like 2020-2021, was: " + text);
        }
        return new PlanPeriod(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate startsOn() {
        return LocalDate.of(firstYear, 1, 1);
    }

    public LocalDate endsOn() {
        return LocalDate.of(lastYear, 12, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn()) && !date.isAfter(endsOn());
    }

    @JsonValue
    @Override
    public String toString() {
        return firstYear + "-" + lastYear;
    }
}
