package ru.mentoring.api.program;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves the program to its next stage, naming the stage it should move to; refused, with every unmet condition
 * named, while the current stage is not done.
 */
public record AdvanceProgramStage(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull ProgramStage to) {
}
