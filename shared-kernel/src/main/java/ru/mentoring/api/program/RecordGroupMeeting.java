package ru.mentoring.api.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records the group meeting of mentors and mentees that opens matching (seed 004, organization item 16).
 */
public record RecordGroupMeeting(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull LocalDate date,
        @PositiveOrZero int mentorsPresent,
        @PositiveOrZero int menteesPresent) {
}
