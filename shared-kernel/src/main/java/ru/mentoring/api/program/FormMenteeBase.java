package ru.mentoring.api.program;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Declares the base of mentees formed (seed 004, organization item 7).
 */
public record FormMenteeBase(
        @TargetAggregateIdentifier @NotNull ProgramId programId) {
}
