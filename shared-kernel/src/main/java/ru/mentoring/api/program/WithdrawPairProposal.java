package ru.mentoring.api.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.pair.PairId;

/**
 * Withdraws a pair or group proposed but not yet fixed.
 */
public record WithdrawPairProposal(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PairId pairId,
        @NotBlank @Size(max = 500) String reason) {
}
