package ru.mentoring.query.reporting;

/**
 * The arithmetic every reported share uses, in one place so an official recomputing a figure by hand gets the
 * same digits: {@code 100 × numerator / denominator}, rounded half up to one decimal, and no value at all when
 * the denominator is unknown or zero (rather than a zero that looks like a result).
 */
final class KpiArithmetic {

    private KpiArithmetic() {
    }

    /** The share in percent to one decimal; {@code null} when {@code denominator} is {@code null} or zero. */
    static Double percent(long numerator, Long denominator) {
        if (denominator == null || denominator == 0) {
            return null;
        }
        return Math.round(1000.0 * numerator / denominator) / 10.0;
    }
}
