package ru.mentoring.api.reporting;

import java.util.List;

/**
 * The answer to {@link CheckReportScope}: nothing missing, or what was not found and the known names closest to
 * it (for a region, the known regions; for a municipality, the known municipalities of its region).
 *
 * @param missing what was not found; {@code null} when the scope is known
 * @param name    the name (or the organization's id) that was not found
 * @param closest the known names nearest to it by edit distance, nearest first; empty for an organization
 */
public record ReportScopeCheck(Missing missing, String name, List<String> closest) {

    /** What a report's scope can lack. */
    public enum Missing { ORGANIZATION, REGION, MUNICIPALITY }

    public static ReportScopeCheck known() {
        return new ReportScopeCheck(null, null, List.of());
    }

    public boolean isKnown() {
        return missing == null;
    }
}
