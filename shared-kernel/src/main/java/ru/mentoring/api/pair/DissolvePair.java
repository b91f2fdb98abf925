package ru.mentoring.api.pair;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Dissolves the pair early (досрочное расторжение), with the reason; its mentees return to the program's
 * unmatched list.
 */
public record DissolvePair(
        @TargetAggregateIdentifier @NotNull PairId pairId,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull LocalDate dissolvedOn) {
}
