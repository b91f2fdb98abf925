package ru.mentoring.api.program;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;

import java.util.Set;

/**
 * A pair or group as fixed by order.
 */
public record FixedPair(
        PairId pairId,
        MentoringForm form,
        InteractionFormat format,
        MentoringKind kind,
        Set<PersonId> mentors,
        Set<PersonId> mentees) {
}
