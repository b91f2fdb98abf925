package ru.mentoring.api.pair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Approves the pair's individual plan (индивидуальный план), its activities with due dates and expected results.
 */
public record ApproveIndividualPlan(
        @TargetAggregateIdentifier @NotNull PairId pairId,
        @NotEmpty List<@NotNull @Valid PlanActivity> activities,
        @NotNull LocalDate approvedOn) {
}
