package ru.mentoring.app.ui.audit;

import ru.mentoring.api.audit.EventHistory;
import ru.mentoring.api.audit.HistoryEntry;

import java.util.List;

/**
 * The program, pair, road map or other aggregate an auditor opened, with its whole history: what every page of
 * it names in its heading and the event types its filter offers.
 *
 * @param title     the program's or road map's title as of now, or {@code null} when it has none
 * @param programId for a pair, the program it belongs to; otherwise {@code null}
 */
public record AuditSubject(AuditKind kind, String id, EventHistory history, String title, String programId) {

    /** The types of the stored events, each once, in the order they first occurred. */
    public List<String> eventTypes() {
        return history.entries().stream().map(HistoryEntry::eventType).distinct().toList();
    }
}
