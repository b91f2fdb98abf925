package ru.mentoring.api.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets how much of the organization the program must cover: its headcounts of students and teachers and the
 * target shares (seed 001: at least 5 % of each).
 */
public record SetCoverageTargets(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @PositiveOrZero int students,
        @PositiveOrZero int teachers,
        @Min(0) @Max(100) int studentCoveragePercent,
        @Min(0) @Max(100) int teacherCoveragePercent) {
}
