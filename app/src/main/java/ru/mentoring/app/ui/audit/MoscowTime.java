package ru.mentoring.app.ui.audit;

import ru.mentoring.app.ui.MoscowCalendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Moments as auditors read and type them: Moscow time to the second, shown as dd.MM.yyyy HH:mm:ss and typed in
 * {@code <input type="datetime-local">}, whose value has no zone.
 */
final class MoscowTime {

    static final ZoneId ZONE = MoscowCalendar.ZONE;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZONE);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZONE);

    private MoscowTime() {
    }

    static String shown(Instant moment) {
        return moment == null ? null : SHOWN.format(moment);
    }

    /** The value a datetime-local input takes for this moment. */
    static String input(Instant moment) {
        return INPUT.format(moment);
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

    /** The last instant of the second that starts at {@code start}: a typed second includes all of itself. */
    static Instant endOfSecond(Instant start) {
        return start.plusSeconds(1).minusNanos(1);
    }
}
