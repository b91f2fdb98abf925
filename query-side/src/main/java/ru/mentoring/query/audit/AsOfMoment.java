package ru.mentoring.query.audit;

import ru.mentoring.api.audit.AsOfBasis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The moment and basis of an as-of request as auditors give them: auditors think in days, so a date means the end
 * of that day in Moscow (its last instant, so that everything of the day counts); an instant is kept as given.
 */
final class AsOfMoment {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(EventsAsOf.MOSCOW);

    private AsOfMoment() {
    }

    /** The instant meant by {@code 2021-10-12} or {@code 2021-10-12T10:00:00Z}; empty when it is neither. */
    static Optional<Instant> parse(String value) {
        String typed = value.strip();
        try {
            return Optional.of(LocalDate.parse(typed).plusDays(1).atStartOfDay(EventsAsOf.MOSCOW).toInstant()
                    .minusNanos(1));
        } catch (DateTimeParseException notADate) {
            try {
                // an offset's plus sign left unencoded in the query string arrives as a space
                return Optional.of(Instant.parse(typed.replace(' ', '+')));
            } catch (DateTimeParseException notAnInstant) {
                return Optional.empty();
            }
        }
    }

    /** {@code recorded} (also when not given) or {@code business}; empty for anything else. */
    static Optional<AsOfBasis> basis(String by) {
        if (by == null) {
            return Optional.of(AsOfBasis.RECORDED);
        }
        return switch (by.strip().toLowerCase(Locale.ROOT)) {
            case "recorded" -> Optional.of(AsOfBasis.RECORDED);
            case "business" -> Optional.of(AsOfBasis.BUSINESS);
            default -> Optional.empty();
        };
    }

    static String shown(Instant moment) {
        return SHOWN.format(moment);
    }

    /** «по времени записи» or «по дате события», for messages about a state. */
    static String described(AsOfBasis basis) {
        return basis == AsOfBasis.BUSINESS ? "по дате события" : "по времени записи";
    }
}
