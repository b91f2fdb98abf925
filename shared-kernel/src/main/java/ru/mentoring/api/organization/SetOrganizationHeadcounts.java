package ru.mentoring.api.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.OrganizationId;

/**
 * Enters an organization's headcounts of students and teachers for a year: the denominators of its coverage
 * targets (seed 001: at least 5 % of each).
 */
public record SetOrganizationHeadcounts(
        @TargetAggregateIdentifier @NotNull OrganizationId organizationId,
        @Min(2000) @Max(2100) int year,
        @PositiveOrZero int students,
        @PositiveOrZero int teachers) {
}
