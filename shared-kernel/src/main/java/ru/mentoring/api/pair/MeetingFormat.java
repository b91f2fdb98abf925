package ru.mentoring.api.pair;

/**
 * Where a meeting took place.
 */
public enum MeetingFormat {
    IN_PERSON,
    ONLINE
}
