package ru.mentoring.api.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/**
 * Sets a territory's KPI targets for a year, in percent (seed 004: 2020 and 2024 values as the example).
 */
public record SetKpiTargets(
        @TargetAggregateIdentifier @NotNull TerritoryId territory,
        @Min(2000) @Max(2100) int year,
        @NotEmpty Map<@NotNull Kpi, @NotNull @Min(0) @Max(100) Integer> targets) {
}
