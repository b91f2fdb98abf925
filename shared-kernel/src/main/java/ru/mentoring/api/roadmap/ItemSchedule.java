package ru.mentoring.api.roadmap;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * When an item is due (сроки): planned start and end dates, a recurrence, or both (a monthly item between two
 * dates), and the term as the document writes it ("Август – сентябрь 2020 года").
 *
 * @param start      the planned start, or {@code null}
 * @param end        the planned end: the due date of a one-off item; or {@code null}
 * @param recurrence how the item recurs, or {@code null} for a one-off item
 * @param asWritten  the term in the document's own words, or {@code null}
 */
public record ItemSchedule(LocalDate start, LocalDate end, Recurrence recurrence, String asWritten) {

    /** A year as the documents write their terms: «Май 2020 года», «в течение 2021-2022 учебного года». */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    public ItemSchedule {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("an item cannot end before it starts");
        }
        asWritten = asWritten == null || asWritten.isBlank() ? null : asWritten.strip();
    }

    public static ItemSchedule between(LocalDate start, LocalDate end, String asWritten) {
        return new ItemSchedule(start, end, null, asWritten);
    }

    public static ItemSchedule recurring(Recurrence recurrence, String asWritten) {
        return new ItemSchedule(null, null, recurrence, asWritten);
    }

    /**
     * The same schedule moved by whole years (a template used for a later period): the years named in the term as
     * written move with the dates, so that «Май 2020 года» of a 2020 template reads «Май 2026 года» in a 2026 plan.
     */
    public ItemSchedule shiftedByYears(int years) {
        return new ItemSchedule(start == null ? null : start.plusYears(years),
                end == null ? null : end.plusYears(years), recurrence, shiftYears(asWritten, years));
    }

    private static String shiftYears(String text, int years) {
        if (text == null || years == 0) {
            return text;
        }
        return YEAR.matcher(text).replaceAll(year -> String.valueOf(Integer.parseInt(year.group()) + years));
    }
}
