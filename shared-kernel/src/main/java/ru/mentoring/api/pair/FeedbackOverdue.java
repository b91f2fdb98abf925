package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.program.ProgramId;

import java.time.LocalDate;
import java.util.Set;

/**
 * Feedback due on the given date did not come from everyone it was expected from.
 */
@Revision("1")
public record FeedbackOverdue(
        PairId pairId,
        ProgramId programId,
        LocalDate dueDate,
        Set<FeedbackSource> missing) {
}
