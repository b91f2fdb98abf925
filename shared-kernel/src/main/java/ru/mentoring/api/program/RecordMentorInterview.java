package ru.mentoring.api.program;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * Records the interview of a mentor candidate (собеседование), sometimes with a psychologist, and whether they
 * passed it.
 */
public record RecordMentorInterview(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PersonId personId,
        @NotNull LocalDate date,
        boolean withPsychologist,
        boolean passed) {
}
