package ru.mentoring.app.agreement;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Waits for what a policy does in its own time — a pair opened when the order fixing it is handled, a program's
 * mentees returned when its pair is dissolved — by reading the event store, so that the next command of a
 * sequence meets the state the sequence means it to meet.
 */
final class StoredEvents {

    private final EventStore events;

    StoredEvents(EventStore events) {
        this.events = events;
    }

    /** Whether an event of the aggregate matching {@code wanted} was stored within {@code patience}. */
    boolean await(String aggregateId, Predicate<Object> wanted, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (events.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload).noneMatch(wanted)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
