package ru.mentoring.app.ui.audit;

import ru.mentoring.app.ui.MoscowCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Moments as auditors read and type them: Moscow time to the second, shown as dd.MM.yyyy HH:mm:ss and typed in
 * {@code <input type="datetime-local">}, or as a day and a time in separate inputs, whose values have no zone.
 */
final class MoscowTime {

    static final ZoneId ZONE = MoscowCalendar.ZONE;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private MoscowTime() {
    }

    static String shown(Instant moment) {
        return moment == null ? null : SHOWN.format(moment);
    }

    /** The start of the second typed (the input's seconds may be left out), or empty when it is no moment. */
    static Optional<Instant> parse(String typed) {
        try {
            return Optional.of(LocalDateTime.parse(typed.strip()).truncatedTo(ChronoUnit.SECONDS).atZone(ZONE)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The day typed in {@code <input type="date">} (ISO, 2021-10-12), or empty when it is no day. */
    static Optional<LocalDate> day(String typed) {
        try {
            return Optional.of(LocalDate.parse(typed.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The time typed in {@code <input type="time">} (10:30 or 10:30:15), to the second; empty when it is none. */
    static Optional<LocalTime> time(String typed) {
        try {
            return Optional.of(LocalTime.parse(typed.strip()).truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A day as dd.MM.yyyy. */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** The last instant of a Moscow day: a typed day includes all of itself, as the API's {@code at=2021-10-12}. */
    static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusNanos(1);
    }

    /** The last instant of the second that starts at {@code start}: a typed second includes all of itself. */
    static Instant endOfSecond(Instant start) {
        return start.plusSeconds(1).minusNanos(1);
    }
}
