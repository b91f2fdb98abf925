package ru.mentoring.api.program;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Declares the base of mentors formed (seed 004, organization item 11).
 */
public record FormMentorBase(
        @TargetAggregateIdentifier @NotNull ProgramId programId) {
}
