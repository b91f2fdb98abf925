package ru.mentoring.api.reporting;

import java.util.List;
import java.util.UUID;

/**
 * One indicator's figure, traceable: the people counted in its numerator are listed, with their pairs and
 * programs (whose histories, at {@code /api/audit/…/history}, hold the events behind them).
 *
 * @param value   percent, one decimal; {@code null} when the denominator is unknown or zero
 * @param target  the territory's target for the year, if set
 * @param met     whether the value reaches the target; {@code null} when either is missing
 */
public record KpiValue(Kpi kpi, String title, long numerator, Long denominator, Double value, Integer target,
                       Boolean met, List<UUID> people, List<String> enterprises, List<UUID> pairs,
                       List<UUID> programs) {
}
