package ru.mentoring.command.program;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ru.mentoring.api.audit.FindProgramState;
import ru.mentoring.api.audit.ProgramAsOf;
import ru.mentoring.command.common.AggregateReplay;

import java.util.Optional;

/**
 * A program as its own aggregate makes of the events an as-of view counts: the audit decides which events count,
 * the {@link Program} says what they mean ({@link Program#asOf}).
 */
@Component
class ProgramStates {

    private final AggregateReplay replay;

    ProgramStates(AggregateReplay replay) {
        this.replay = replay;
    }

    @QueryHandler
    Optional<ProgramAsOf> handle(FindProgramState query) {
        return replay.view(Program.class, query.programId().toString(), query.sequenceNumbers(),
                program -> program.asOf(query.frame()));
    }
}
