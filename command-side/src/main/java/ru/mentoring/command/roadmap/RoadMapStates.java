package ru.mentoring.command.roadmap;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ru.mentoring.api.audit.FindRoadMapState;
import ru.mentoring.api.audit.RoadMapAsOf;
import ru.mentoring.command.common.AggregateReplay;

import java.util.Optional;

/**
 * A road map as its own aggregate makes of the events an as-of view counts: the audit decides which events count,
 * the {@link RoadMap} says what they mean ({@link RoadMap#asOf}).
 */
@Component
class RoadMapStates {

    private final AggregateReplay replay;

    RoadMapStates(AggregateReplay replay) {
        this.replay = replay;
    }

    @QueryHandler
    Optional<RoadMapAsOf> handle(FindRoadMapState query) {
        return replay.view(RoadMap.class, query.roadMapId().toString(), query.sequenceNumbers(),
                roadMap -> roadMap.asOf(query.frame()));
    }
}
