package ru.mentoring.app.ui.reports;

import ru.mentoring.api.reporting.KpiValue;

/**
 * How one indicator is drawn: a bar for its value against a line at its target, both as a percent of the
 * chart's width. The scale runs to 100 % unless the value or target is higher.
 *
 * @param tone {@code met}, {@code unmet}, or {@code none} while there is no target or no value
 */
public record KpiBar(KpiValue indicator, double valueWidth, Double targetAt, String tone) {

    static KpiBar of(KpiValue indicator) {
        double value = indicator.value() == null ? 0 : indicator.value();
        Integer target = indicator.target();
        double scale = Math.max(100, Math.max(value, target == null ? 0 : target));
        String tone = indicator.met() == null ? "none" : indicator.met() ? "met" : "unmet";
        return new KpiBar(indicator, round(100 * value / scale), target == null ? null : round(100 * target / scale),
                tone);
    }

    private static double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }
}
