package ru.mentoring.api.reporting;

import java.util.List;
import java.util.UUID;

/**
 * A page of the people behind an indicator's numerator, each with their fixed pairs and programs in the scope.
 *
 * @param total how many people the indicator counts in all
 * @param next  the {@code after} of the next page; {@code null} on the last one
 */
public record KpiTrace(Kpi kpi, long total, List<KpiTraceEntry> items, UUID next) {
}
