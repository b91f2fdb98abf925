package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.program.ProgramId;

import java.time.Instant;

/**
 * The organizational meeting did not take place by its due time.
 */
@Revision("1")
public record FirstMeetingOverdue(
        PairId pairId,
        ProgramId programId,
        Instant dueAt) {
}
