package ru.mentoring.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An aggregate's stored events for the audit, read from the event store and kept, deserialized, for the next
 * question about the same aggregate — an auditor reads a pair's history, then its state as of a date, then the
 * history again. Every read still asks the store for the events after the last one kept (one indexed query,
 * usually answered with none), so what another node appended since is always there: stored events never change,
 * and an aggregate's stream only grows at its end. The events kept are bounded in number over all aggregates;
 * the aggregates asked about least recently are forgotten first.
 */
@Component
class StoredHistories {

    private final EventStore events;
    private final int eventsKept;
    private final Map<String, List<DomainEventMessage<?>>> kept = new LinkedHashMap<>(64, 0.75f, true);
    private int eventsHeld;

    StoredHistories(EventStore events, @Value("${mentoring.audit.events-kept:20000}") int eventsKept) {
        this.events = events;
        this.eventsKept = eventsKept;
    }

    /** Every stored event of the aggregate, in sequence order; empty for an aggregate with none. */
    List<DomainEventMessage<?>> read(String aggregateId) {
        List<DomainEventMessage<?>> known = kept(aggregateId);
        long next = known.isEmpty() ? 0 : known.get(known.size() - 1).getSequenceNumber() + 1;
        List<? extends DomainEventMessage<?>> tail = events.readEvents(aggregateId, next).asStream().toList();
        if (tail.isEmpty()) {
            return known;
        }
        tail.forEach(StoredHistories::deserialize);
        List<DomainEventMessage<?>> all = new ArrayList<>(known.size() + tail.size());
        all.addAll(known);
        all.addAll(tail);
        List<DomainEventMessage<?>> history = List.copyOf(all);
        keep(aggregateId, history);
        return history;
    }

    private synchronized List<DomainEventMessage<?>> kept(String aggregateId) {
        return kept.getOrDefault(aggregateId, List.of());
    }

    private synchronized void keep(String aggregateId, List<DomainEventMessage<?>> history) {
        if (history.size() > eventsKept) {
            return;
        }
        List<DomainEventMessage<?>> before = kept.get(aggregateId);
        if (before != null && before.size() >= history.size()) {
            return; // another request kept as much or more meanwhile
        }
        eventsHeld += history.size() - (before == null ? 0 : before.size());
        kept.put(aggregateId, history);
        var eldest = kept.entrySet().iterator();
        while (eventsHeld > eventsKept && eldest.hasNext()) {
            Map.Entry<String, List<DomainEventMessage<?>>> entry = eldest.next();
            if (!entry.getKey().equals(aggregateId)) {
                eventsHeld -= entry.getValue().size();
                eldest.remove();
            }
        }
    }

    /** Deserializes the payload and metadata once, so that the events kept are not deserialized on every read. */
    private static void deserialize(DomainEventMessage<?> event) {
        event.getPayload();
        event.getMetaData();
    }

    /** How many events are kept now, over all aggregates. */
    synchronized int eventsHeld() {
        return eventsHeld;
    }
}
