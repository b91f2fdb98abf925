package ru.mentoring.api.roadmap;

import java.time.LocalDate;

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

    /** The same schedule moved by whole years (a template used for a later period). */
    public ItemSchedule shiftedByYears(int years) {
        return new ItemSchedule(start == null ? null : start.plusYears(years), end == null ? null : end.plusYears(years),
                recurrence, asWritten);
    }
}
