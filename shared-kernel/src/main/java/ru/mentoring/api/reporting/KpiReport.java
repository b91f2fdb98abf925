package ru.mentoring.api.reporting;

import java.util.List;

/**
 * The KPI report of an organization or territory for a year.
 */
public record KpiReport(String scope, int year, String period, List<KpiValue> indicators,
                        List<TargetCheck> organizationTargets, List<FormCount> byForm) {
}
