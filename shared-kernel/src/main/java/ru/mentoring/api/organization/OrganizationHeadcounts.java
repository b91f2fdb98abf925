package ru.mentoring.api.organization;

/**
 * An organization's students and teachers in one year, the denominators of its coverage targets.
 */
public record OrganizationHeadcounts(int year, int students, int teachers) {
}
