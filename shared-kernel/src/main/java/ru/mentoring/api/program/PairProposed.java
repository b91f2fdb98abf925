package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;

import java.util.Set;

/**
 * A pair or group was proposed.
 */
@Revision("1")
public record PairProposed(
        ProgramId programId,
        PairId pairId,
        MentoringForm form,
        InteractionFormat format,
        MentoringKind kind,
        Set<PersonId> mentors,
        Set<PersonId> mentees) {
}
