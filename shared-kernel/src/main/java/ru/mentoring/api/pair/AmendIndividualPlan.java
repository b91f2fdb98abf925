package ru.mentoring.api.pair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Amends the approved plan: the new list of activities replaces the old one, and the reason is kept. Activities
 * already completed stay completed if they are kept under the same number.
 */
public record AmendIndividualPlan(
        @TargetAggregateIdentifier @NotNull PairId pairId,
        @NotEmpty List<@NotNull @Valid PlanActivity> activities,
        @NotBlank @Size(max = 500) String reason,
        @NotNull LocalDate amendedOn) {
}
