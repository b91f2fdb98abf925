package ru.mentoring.query.rebuild;

/**
 * Where one segment of a processor stands in the token store, whichever node holds it.
 *
 * @param owner    the node that claims the segment, or {@code null} while no one does
 * @param position the global index of the last event the segment has read (0 before the first)
 * @param stuck    whether it has stayed at that position, below the event store's head, for longer than allowed
 * @param replaying whether its token is a replay token: the segment rereads events it had read before a reset
 */
public record SegmentPosition(String processor, int segment, String owner, long position, boolean stuck,
                              boolean replaying) {
}
