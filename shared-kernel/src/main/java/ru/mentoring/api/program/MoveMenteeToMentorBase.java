package ru.mentoring.api.program;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

/**
 * Moves a mentee who finished the program and wants to try the other role to the base of mentors for the next
 * period (seed 002 1.2.3 p.5).
 */
public record MoveMenteeToMentorBase(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PersonId personId) {
}
