package ru.mentoring.api.pair;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Completes the pair's work after its final meeting, with the outcome (результат) in words.
 */
public record CompletePair(
        @TargetAggregateIdentifier @NotNull PairId pairId,
        @NotBlank @Size(max = 2000) String outcome,
        @NotNull LocalDate completedOn) {
}
