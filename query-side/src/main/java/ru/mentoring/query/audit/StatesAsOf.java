package ru.mentoring.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ru.mentoring.api.audit.FindPairAsOf;
import ru.mentoring.api.audit.FindRoadMapAsOf;
import ru.mentoring.api.audit.RoadMapAsOf;
import ru.mentoring.api.audit.FindProgramAsOf;
import ru.mentoring.api.audit.PairAsOf;
import ru.mentoring.api.audit.ProgramAsOf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Answers "as it was at" queries by replaying the aggregate's stored events up to the moment asked, in sequence
 * order (a state is always a prefix of the stream), into a read-only fold.
 */
@Component
class StatesAsOf {

    private final EventHistories histories;

    StatesAsOf(EventHistories histories) {
        this.histories = histories;
    }

    /** Empty when no such program existed at that moment. */
    @QueryHandler
    Optional<ProgramAsOf> handle(FindProgramAsOf query) {
        List<? extends DomainEventMessage<?>> events = upTo(query.programId().toString(), "Program", query.at());
        if (events.isEmpty()) {
            return Optional.empty();
        }
        ProgramFold fold = new ProgramFold();
        events.forEach(event -> fold.apply(event.getPayload(), event.getTimestamp()));
        return Optional.of(fold.view(query.at()));
    }

    /** Empty when no such pair existed at that moment. */
    @QueryHandler
    Optional<PairAsOf> handle(FindPairAsOf query) {
        List<? extends DomainEventMessage<?>> events = upTo(query.pairId().toString(), "Pair", query.at());
        if (events.isEmpty()) {
            return Optional.empty();
        }
        PairFold fold = new PairFold();
        events.forEach(event -> fold.apply(event.getPayload(), event.getTimestamp()));
        return Optional.of(fold.view(query.at()));
    }

    /** Empty when no such road map existed at that moment. */
    @QueryHandler
    Optional<RoadMapAsOf> handle(FindRoadMapAsOf query) {
        List<? extends DomainEventMessage<?>> events = upTo(query.roadMapId().toString(), "RoadMap", query.at());
        if (events.isEmpty()) {
            return Optional.empty();
        }
        RoadMapFold fold = new RoadMapFold();
        events.forEach(event -> fold.apply(event.getPayload(), event.getTimestamp()));
        return Optional.of(fold.view(query.at()));
    }

    private List<? extends DomainEventMessage<?>> upTo(String aggregateId, String aggregateType, Instant at) {
        List<? extends DomainEventMessage<?>> stored = histories.read(aggregateId);
        if (stored.isEmpty() || !EventHistories.isOfType(stored.get(0), aggregateType)) {
            return List.of();
        }
        return stored.stream().takeWhile(event -> !event.getTimestamp().isAfter(at)).toList();
    }
}
