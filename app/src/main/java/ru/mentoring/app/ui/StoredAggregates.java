package ru.mentoring.app.ui;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Tells an id the system has never stored from one the projections have not caught up with yet: a page that
 * finds nothing in its read model asks the event store, and answers «not found» only for the first kind.
 */
@Component
public class StoredAggregates {

    private final EventStore events;

    StoredAggregates(EventStore events) {
        this.events = events;
    }

    /** Whether the event store holds an aggregate of this type ("Program", "RoadMap", …) with this id. */
    public boolean exists(UUID id, String aggregateType) {
        return events.readEvents(id.toString()).asStream().findFirst()
                .map(first -> aggregateType.equals(first.getType())).orElse(false);
    }

    /** Throws {@link UnknownSubject} unless the event store holds such an aggregate. */
    public void requireStored(UUID id, String aggregateType) {
        if (!exists(id, aggregateType)) {
            throw new UnknownSubject(aggregateType + " " + id);
        }
    }
}
