package ru.mentoring.api.roadmap;

import java.time.LocalDate;

/**
 * Asks for a territory's escalation list on {@code asOf}: for a municipality, the items of its organizations'
 * road maps overdue for at least {@code afterDays}; for a region (no municipality given), the items of its
 * municipalities' road maps overdue that long. A municipality's road map is the one owned by its
 * {@code TerritoryId.uuid()}. Answered with a list of {@link OverdueItem}, longest overdue first.
 */
public record FindEscalations(String region, String municipality, LocalDate asOf, int afterDays) {
}
