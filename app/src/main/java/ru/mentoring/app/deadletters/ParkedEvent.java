package ru.mentoring.app.deadletters;

import java.time.Instant;

/**
 * One dead letter as the operator sees it: the parked event, the sequence it blocks and why it failed.
 *
 * @param letterId            the dead letter's own id, used in the retry and eviction addresses
 * @param sequenceIdentifier  the sequence the event blocks: later events of it are parked behind it
 * @param lettersInSequence   how many events of that sequence are parked, this one included
 * @param aggregateType       the type of the aggregate that stored the event, or {@code null} if it has none
 * @param aggregateSequence   the event's sequence number in its aggregate, or {@code null}
 * @param enqueuedAt          when the event was first parked
 * @param lastAttempt         when it was last parked or retried
 */
public record ParkedEvent(String letterId, String sequenceIdentifier, long lettersInSequence, String eventId,
                          String eventType, String aggregateType, String aggregateId, Long aggregateSequence,
                          String causeType, String causeMessage, Instant enqueuedAt, Instant lastAttempt) {
}
