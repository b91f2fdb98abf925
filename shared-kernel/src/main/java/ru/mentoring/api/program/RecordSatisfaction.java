package ru.mentoring.api.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * Records a participant's satisfaction with the program from the survey, in percent (seed 004 appendix 2).
 */
public record RecordSatisfaction(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PersonId personId,
        @Min(0) @Max(100) int percent,
        @NotNull LocalDate date) {
}
