package ru.mentoring.api.pair;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records an activity of the plan as done, with its evidence (a document, a result).
 */
public record CompletePlanActivity(
        @TargetAggregateIdentifier @NotNull PairId pairId,
        @Positive int number,
        @NotNull LocalDate completedOn,
        @NotBlank @Size(max = 500) String evidence) {
}
