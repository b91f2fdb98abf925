package ru.mentoring.api.reporting;

/**
 * One target of an organization (seed 001) and whether it holds, with the arithmetic behind it so that it can
 * be checked as the municipal indicators can.
 *
 * @param numerator   what was counted: participants covered or consenting, plan activities done, people
 *                    present, training sessions held
 * @param denominator what it is a share of; {@code null} for a target that is a count (training sessions), whose
 *                    value is the numerator itself
 * @param value       {@code 100 × numerator / denominator} to one decimal, or the count; {@code null} when the
 *                    denominator is unknown or zero
 */
public record TargetCheck(String code, String title, long numerator, Long denominator, Double value, double target,
                          boolean met) {
}
