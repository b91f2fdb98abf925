package ru.mentoring.command.roadmap;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.command.common.AggregateReplay;

import java.util.Optional;

/**
 * Reads an earlier road map as it stands now: the {@link RoadMap} aggregate itself, replayed read-only from all its
 * stored events, says what the next period carries over ({@link RoadMap#carriedOver}).
 */
@Component
class EventStoreRoadMapHistory implements RoadMapHistory {

    private final EventStore events;
    private final AggregateReplay replay;

    EventStoreRoadMapHistory(EventStore events, AggregateReplay replay) {
        this.events = events;
        this.replay = replay;
    }

    @Override
    public Optional<Carried> find(RoadMapId roadMapId) {
        return replay.replay(RoadMap.class, events.readEvents(roadMapId.toString(), 0).asStream().toList())
                .map(roadMap -> roadMap.invoke(RoadMap::carriedOver));
    }
}
