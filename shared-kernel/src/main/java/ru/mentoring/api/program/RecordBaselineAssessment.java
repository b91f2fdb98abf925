package ru.mentoring.api.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;
import java.util.Map;

/**
 * Records the first assessment of a participant on the chosen parameters, for later comparison (seed 004,
 * organization items 9 and 12).
 */
public record RecordBaselineAssessment(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PersonId personId,
        @NotEmpty Map<@NotBlank String, @NotNull @Min(0) @Max(100) Integer> scores,
        @NotNull LocalDate date) {
}
