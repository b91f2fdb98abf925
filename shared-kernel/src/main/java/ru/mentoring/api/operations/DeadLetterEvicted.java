package ru.mentoring.api.operations;

import org.axonframework.serialization.Revision;

/**
 * An operator removed a parked event from a processing group's dead-letter queue for good: the group will never
 * handle it. Names the event and why, so that a read model missing its effect can be explained later; who did it
 * travels in the metadata, as for every command.
 *
 * @param processingGroup    the processing group (projection or policy) the event was parked in
 * @param sequenceIdentifier the sequence the event blocked (usually the id of its aggregate)
 * @param eventId            the identifier of the evicted event in the event store
 * @param eventType          the evicted event's payload type
 * @param reason             the operator's reason, never blank
 */
@Revision("1")
public record DeadLetterEvicted(String processingGroup, String sequenceIdentifier, String eventId, String eventType,
                                String reason) {
}
