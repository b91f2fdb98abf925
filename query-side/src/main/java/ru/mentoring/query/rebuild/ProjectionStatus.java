package ru.mentoring.query.rebuild;

/**
 * Where a projection stands: the lowest position its segments reached, the event store's head, and whether it
 * is replaying.
 *
 * @param percent how far a replay has come (100 when caught up)
 */
public record ProjectionStatus(String name, boolean replaying, long position, long head, int percent) {
}
