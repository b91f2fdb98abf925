package ru.mentoring.command.pair;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ru.mentoring.api.audit.FindPairState;
import ru.mentoring.api.audit.PairAsOf;
import ru.mentoring.command.common.AggregateReplay;

import java.util.Optional;

/**
 * A pair as its own aggregate makes of the events an as-of view counts: the audit decides which events count,
 * the {@link Pair} says what they mean ({@link Pair#asOf}).
 */
@Component
class PairStates {

    private final AggregateReplay replay;

    PairStates(AggregateReplay replay) {
        this.replay = replay;
    }

    @QueryHandler
    Optional<PairAsOf> handle(FindPairState query) {
        return replay.view(Pair.class, query.pairId().toString(), query.sequenceNumbers(),
                pair -> pair.asOf(query.frame()));
    }
}
