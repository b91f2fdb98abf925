package ru.mentoring.api.pair;

/**
 * Who gave feedback on a pair's work.
 */
public enum FeedbackSource {
    MENTOR,
    MENTEE,
    CURATOR
}
