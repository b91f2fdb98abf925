package ru.mentoring.api.reporting;

import java.util.UUID;

/**
 * Asks whether the organization or territory a report is requested for is known, before the report is built:
 * a misspelt region must not yield an official-looking report of zeros. Give either the organization or the
 * territory.
 */
public record CheckReportScope(UUID organizationId, TerritoryId territory) {
}
