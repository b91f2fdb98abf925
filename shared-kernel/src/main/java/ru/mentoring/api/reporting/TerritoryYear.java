package ru.mentoring.api.reporting;

import java.util.Map;

/**
 * A territory's reference data of one year: the KPI denominators (each {@code null} while no figures were
 * entered for the year) and the KPI targets in percent (empty while none were set).
 */
public record TerritoryYear(int year, Integer children10to19, Integer children15to19, Integer youngTeachers,
                            Integer enterprises, Map<Kpi, Integer> targets) {
    public TerritoryYear {
        targets = Map.copyOf(targets);
    }
}
