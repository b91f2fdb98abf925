package ru.mentoring.api.program;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * Chooses the forms of mentoring the program runs (seed 004, organization item 8); replaces an earlier choice.
 */
public record ChooseMentoringForms(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotEmpty Set<@NotNull MentoringForm> forms) {
}
