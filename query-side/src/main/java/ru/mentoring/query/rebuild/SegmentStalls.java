package ru.mentoring.query.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers since when each segment has been at its position, to tell a segment that is stuck — events after it
 * in the store, yet it has not moved for longer than {@code stuckAfter} — from one that is merely idle at the head
 * or still working. A segment is first seen as moving: it takes two looks at least {@code stuckAfter} apart to
 * call it stuck, so a node that has just started does not report a stall it has not watched.
 */
final class SegmentStalls {

    private record Seen(long position, Instant since) {
    }

    private final Duration stuckAfter;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    SegmentStalls(Duration stuckAfter) {
        this.stuckAfter = stuckAfter;
    }

    /** Notes the segment's position as of {@code now} and tells whether it is stuck. */
    boolean stuck(String processor, int segment, long position, long head, Instant now) {
        Seen before = seen.compute(processor + "#" + segment, (key, earlier) ->
                earlier != null && earlier.position() == position ? earlier : new Seen(position, now));
        return position < head && !now.isBefore(before.since().plus(stuckAfter));
    }
}
