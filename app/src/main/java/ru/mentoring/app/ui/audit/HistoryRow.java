package ru.mentoring.app.ui.audit;

import ru.mentoring.api.audit.HistoryEntry;

import java.util.Map;

/**
 * One line of the history table: the stored event with its time in Moscow and its actor's organization named
 * as the directory names it (or by its identifier when the directory does not know it).
 */
public record HistoryRow(long sequence, String time, String eventType, String summary, String actor, String role,
                  String organization, String correlationId) {

    static HistoryRow of(HistoryEntry entry, Map<String, String> organizationNames) {
        String organization = entry.actorOrganization() == null ? null
                : organizationNames.getOrDefault(entry.actorOrganization(), entry.actorOrganization());
        return new HistoryRow(entry.sequenceNumber(), MoscowTime.shown(entry.timestamp()), entry.eventType(),
                entry.summary(), entry.actorId(), entry.actorRole(), organization, entry.correlationId());
    }
}
