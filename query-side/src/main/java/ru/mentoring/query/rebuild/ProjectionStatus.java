package ru.mentoring.query.rebuild;

import java.util.List;

/**
 * Where a projection stands: the lowest position its segments reached, the event store's head, whether it
 * is replaying, and each segment's own position as the token store has it (claimed here or by another node).
 *
 * @param percent how far a replay has come (100 when caught up)
 * @param stuck   whether any segment is stuck (see {@link SegmentWatch})
 */
public record ProjectionStatus(String name, boolean replaying, long position, long head, int percent,
                               List<SegmentPosition> segments, boolean stuck) {
}
