package ru.mentoring.api.reporting;

import ru.mentoring.api.program.MentoringForm;

import java.util.UUID;

/**
 * Asks for the KPI report of an organization, or of a territory (region or municipality), for a year: the
 * programs of the academic year that starts in it ({@code 2020} → «2020-2021»). Give either the organization
 * or the territory; {@code form}, if given, counts only the participants of pairs of that form.
 */
public record FindKpiReport(UUID organizationId, TerritoryId territory, int year, MentoringForm form) {
}
