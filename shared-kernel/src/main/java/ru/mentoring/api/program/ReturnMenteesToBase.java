package ru.mentoring.api.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;

import java.util.Set;

/**
 * Returns the mentees of a dissolved pair to the program's unmatched list, to be matched again (sent by the
 * pair-dissolution policy).
 */
public record ReturnMenteesToBase(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PairId pairId,
        @NotEmpty Set<PersonId> mentees,
        @NotBlank @Size(max = 1000) String reason) {
}
