package ru.mentoring.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.UnknownSerializedType;
import ru.mentoring.api.audit.AsOfBasis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which of an aggregate's stored events count in its state as of a moment. By recorded time: those stored up to
 * the moment, a prefix of the stream. By business date: those whose business date ({@link BusinessDates}) is not
 * after the moment's day in Moscow, and those without one stored up to the moment; the opening event counts
 * whenever any other does, since nothing can have happened to an object before it existed. Counted events keep
 * the order they were stored in.
 */
record EventsAsOf(List<DomainEventMessage<?>> counted, LocalDate businessDate) {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    EventsAsOf {
        counted = List.copyOf(counted);
    }

    static EventsAsOf select(List<? extends DomainEventMessage<?>> stored, Instant at, AsOfBasis basis) {
        if (basis == AsOfBasis.RECORDED) {
            return new EventsAsOf(stored.stream().takeWhile(event -> recordedBy(event, at))
                    .<DomainEventMessage<?>>map(event -> event).toList(), null);
        }
        LocalDate day = LocalDate.ofInstant(at, MOSCOW);
        List<DomainEventMessage<?>> counted = new ArrayList<>();
        for (DomainEventMessage<?> event : stored) {
            boolean counts = businessDate(event).map(date -> !date.isAfter(day)).orElseGet(() -> recordedBy(event, at));
            if (counts) {
                counted.add(event);
            }
        }
        if (!counted.isEmpty() && counted.get(0) != stored.get(0)) {
            counted.add(0, stored.get(0));
        }
        return new EventsAsOf(counted, day);
    }

    /** The business date of a stored event; none for a payload type this node does not know. */
    static Optional<LocalDate> businessDate(DomainEventMessage<?> event) {
        return UnknownSerializedType.class.equals(event.getPayloadType()) ? Optional.empty()
                : BusinessDates.of(event.getPayload());
    }

    /** The counted events that were stored after the moment (only by business date can there be any). */
    List<DomainEventMessage<?>> recordedAfter(Instant at) {
        return counted.stream().filter(event -> !recordedBy(event, at)).toList();
    }

    private static boolean recordedBy(DomainEventMessage<?> event, Instant at) {
        return !event.getTimestamp().isAfter(at);
    }
}
