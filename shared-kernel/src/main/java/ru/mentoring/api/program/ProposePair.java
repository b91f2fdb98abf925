package ru.mentoring.api.program;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;

import java.util.Set;

/**
 * Proposes a pair or group: its form, format and kind, its mentors and mentees. Checked against the rules of
 * matching; fixed later by the head's order.
 */
public record ProposePair(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PairId pairId,
        @NotNull MentoringForm form,
        @NotNull InteractionFormat format,
        MentoringKind kind,
        @NotEmpty Set<@NotNull PersonId> mentors,
        @NotEmpty Set<@NotNull PersonId> mentees) {
}
