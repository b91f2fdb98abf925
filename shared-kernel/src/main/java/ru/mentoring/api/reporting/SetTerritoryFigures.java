package ru.mentoring.api.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enters a territory's reference figures for a year, the denominators of the KPIs: children aged 10–19 and
 * 15–19 living there, young teachers (0–3 years) working there, enterprises operating there.
 */
public record SetTerritoryFigures(
        @TargetAggregateIdentifier @NotNull TerritoryId territory,
        @Min(2000) @Max(2100) int year,
        @PositiveOrZero int children10to19,
        @PositiveOrZero int children15to19,
        @PositiveOrZero int youngTeachers,
        @PositiveOrZero int enterprises) {
}
