package ru.mentoring.api.reporting;

import java.util.UUID;

/**
 * Asks for the KPI report of an organization, or of a territory (region or municipality), for a year: the
 * programs of the academic year that starts in it ({@code 2020} → «2020-2021»). Give either the organization
 * or the territory.
 */
public record FindKpiReport(UUID organizationId, TerritoryId territory, int year) {
}
