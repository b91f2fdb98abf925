package ru.mentoring.api.audit;

import java.time.Instant;

/**
 * One stored event in a history: when, what (its type and a sentence in Russian), who (the actor and the
 * organization they acted for) and in which chain of messages (the correlation id).
 */
public record HistoryEntry(long sequenceNumber, Instant timestamp, String eventId, String eventType, String summary,
                           String actorId, String actorRole, String actorOrganization, String correlationId) {
}
