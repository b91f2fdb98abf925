package ru.mentoring.api.reporting;

import java.util.List;
import java.util.UUID;

/**
 * One indicator's figure, traceable: the people counted in its numerator are listed, with their pairs and
 * programs (whose histories, at {@code /api/audit/…/history}, hold the events behind them). A report lists at
 * most {@link #LISTED} people (the first by id) and as many enterprises; {@code peopleTotal} says how many there
 * are, and the trace ({@link FindKpiTrace}) pages through all of them.
 *
 * @param value   percent, one decimal; {@code null} when the denominator is unknown or zero
 * @param target  the territory's target for the year, if set
 * @param met     whether the value reaches the target; {@code null} when either is missing
 * @param peopleTotal how many distinct people are behind the numerator, listed or not
 */
public record KpiValue(Kpi kpi, String title, long numerator, Long denominator, Double value, Integer target,
                       Boolean met, List<UUID> people, List<String> enterprises, List<UUID> pairs,
                       List<UUID> programs, long peopleTotal) {

    /** The most people (and enterprises) one indicator of a report lists. */
    public static final int LISTED = 100;
}
