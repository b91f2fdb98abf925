package ru.mentoring.api.reporting;

/**
 * Pairs and people by form of mentoring (seed 004 municipal item 8).
 */
public record FormCount(String form, String title, long pairs, long mentees, long mentors) {
}
