package ru.mentoring.api.audit;

import java.time.Instant;

/**
 * The outcome of checking the global chain over the whole event store: intact, with the number of sealed events
 * checked and of events not sealed yet, or broken at the first seal that does not hold — its position, the event,
 * its aggregate and sequence number, and why, in Russian. {@code checkpoint} is the last checkpoint written
 * outside the database that the chain was compared with ({@code null} when there is none yet).
 */
public record GlobalChainVerification(boolean intact, long eventsChecked, long eventsNotSealed,
                                      Long brokenAtPosition, String brokenEventId, String brokenAggregateId,
                                      Long brokenSequenceNumber, String message, CheckpointSummary checkpoint) {

    /** A checkpoint as the answers show it. */
    public record CheckpointSummary(long position, long globalIndex, Instant takenAt, String keyId,
                                    String fingerprint) {
    }
}
