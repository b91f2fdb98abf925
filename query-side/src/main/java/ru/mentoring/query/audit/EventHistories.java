package ru.mentoring.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.stereotype.Component;
import ru.mentoring.api.audit.EventHistory;
import ru.mentoring.api.audit.FindEventHistory;
import ru.mentoring.api.audit.HistoryEntry;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.PersonId;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Answers history queries from the event store itself through Axon's API, from the first event on (never
 * from a snapshot), so that the history is complete whatever the projections hold; the events already read are
 * kept deserialized ({@link StoredHistories}), only the store's newer ones are read again.
 */
@Component
class EventHistories {

    private final StoredHistories events;
    private final PersonRegisterNames register;

    EventHistories(StoredHistories events, PersonRegisterNames register) {
        this.events = events;
        this.register = register;
    }

    @QueryHandler
    Optional<EventHistory> handle(FindEventHistory query) {
        List<? extends DomainEventMessage<?>> stored = read(query.aggregateId());
        if (stored.isEmpty() || !isOfType(stored.get(0), query.aggregateType())) {
            return Optional.empty();
        }
        List<? extends DomainEventMessage<?>> selected = stored.stream()
                .filter(event -> query.from() == null || !event.getTimestamp().isBefore(query.from()))
                .filter(event -> query.to() == null || !event.getTimestamp().isAfter(query.to()))
                .filter(event -> query.eventTypes() == null || query.eventTypes().isEmpty()
                        || query.eventTypes().contains(typeName(event)))
                .toList();
        Set<PersonId> people = new HashSet<>();
        selected.forEach(event -> people.addAll(EventSummaries.peopleIn(event.getPayload())));
        PersonNames names = register.of(people);
        // only a road map's items need labels, and only its planning and revisions give them
        RoadMapItemLabels items = RoadMapItemLabels.from(stored.stream()
                .filter(event -> RoadMapItemLabels.LABELLING.contains(event.getPayloadType()))
                .map(DomainEventMessage::getPayload).toList());
        return Optional.of(new EventHistory(query.aggregateId(), stored.get(0).getType(), stored.size(),
                selected.stream().map(event -> entry(event, names, items)).toList()));
    }

    /** Every stored event of the aggregate, in sequence order (the store's tail read anew each time). */
    List<? extends DomainEventMessage<?>> read(String aggregateId) {
        return events.read(aggregateId);
    }

    static boolean isOfType(DomainEventMessage<?> first, String aggregateType) {
        return aggregateType == null || aggregateType.equals(first.getType());
    }

    /** The event's simple type name, also for payload types this node does not know. */
    static String typeName(DomainEventMessage<?> event) {
        if (UnknownSerializedType.class.equals(event.getPayloadType())) {
            String name = ((UnknownSerializedType) event.getPayload()).serializedType().getName();
            return name.substring(name.lastIndexOf('.') + 1);
        }
        return event.getPayloadType().getSimpleName();
    }

    /** The event's payload, or {@code null} for a payload type this node does not know. */
    static Object payload(DomainEventMessage<?> event) {
        return UnknownSerializedType.class.equals(event.getPayloadType()) ? null : event.getPayload();
    }

    private static HistoryEntry entry(DomainEventMessage<?> event, PersonNames names, RoadMapItemLabels items) {
        String type = typeName(event);
        MetaData meta = event.getMetaData();
        return new HistoryEntry(event.getSequenceNumber(), event.getTimestamp(), event.getIdentifier(), type,
                EventSummaries.summarize(payload(event), type, names, items), text(meta, Actor.USER_ID),
                text(meta, Actor.ROLE), text(meta, Actor.ORGANIZATION), text(meta, Actor.CORRELATION_ID));
    }

    private static String text(MetaData meta, String key) {
        return Objects.toString(meta.get(key), null);
    }
}
