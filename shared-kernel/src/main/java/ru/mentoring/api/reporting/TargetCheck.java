package ru.mentoring.api.reporting;

/**
 * One target of an organization (seed 001) and whether it holds.
 */
public record TargetCheck(String code, String title, Double value, double target, boolean met) {
}
