package ru.mentoring.api.reporting;

import org.axonframework.serialization.Revision;

import java.util.Map;

/**
 * A territory's KPI targets for a year were set.
 */
@Revision("1")
public record KpiTargetsSet(TerritoryId territory, int year, Map<Kpi, Integer> targets) {
}
