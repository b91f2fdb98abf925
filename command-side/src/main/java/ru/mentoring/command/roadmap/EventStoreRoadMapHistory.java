package ru.mentoring.command.roadmap;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.RoadMapCreated;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemCancelled;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.api.roadmap.RoadMapItemRevised;
import ru.mentoring.api.roadmap.RoadMapSectionAdded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an earlier road map from its own events in the event store.
 */
@Component
class EventStoreRoadMapHistory implements RoadMapHistory {

    private final EventStore events;

    EventStoreRoadMapHistory(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<Carried> find(RoadMapId roadMapId) {
        DomainEventStream stream = events.readEvents(roadMapId.toString());
        RoadMapCreated created = null;
        Map<Integer, String> sections = new LinkedHashMap<>();
        Map<RoadMapItemId, Integer> sectionOf = new LinkedHashMap<>();
        Map<RoadMapItemId, ItemContent> contents = new LinkedHashMap<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object event = message.getPayload();
            if (event instanceof RoadMapCreated first) {
                created = first;
            } else if (event instanceof RoadMapSectionAdded section) {
                sections.put(section.sectionNumber(), section.title());
            } else if (event instanceof RoadMapItemPlanned planned) {
                sectionOf.put(planned.itemId(), planned.sectionNumber());
                contents.put(planned.itemId(), planned.content());
            } else if (event instanceof RoadMapItemRevised revised) {
                contents.put(revised.itemId(), revised.content());
            } else if (event instanceof RoadMapItemCancelled cancelled) {
                contents.remove(cancelled.itemId());
            }
        }
        if (created == null) {
            return Optional.empty();
        }
        List<RoadMapTemplate.Section> plan = new ArrayList<>();
        sections.forEach((number, title) -> plan.add(new RoadMapTemplate.Section(title, contents.entrySet().stream()
                .filter(item -> sectionOf.get(item.getKey()).equals(number))
                .map(Map.Entry::getValue)
                .toList())));
        return Optional.of(new Carried(created.ownerId(), new RoadMapTemplate(CARRIED_OVER_FROM + roadMapId,
                "road map " + roadMapId, created.level(), created.period(), created.title(), plan)));
    }
}
