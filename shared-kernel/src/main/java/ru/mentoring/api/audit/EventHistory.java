package ru.mentoring.api.audit;

import java.util.List;

/**
 * The history of one aggregate as auditors read it. {@code totalEvents} counts every stored event, before the
 * period and type filters that shaped {@code entries}.
 */
public record EventHistory(String aggregateId, String aggregateType, int totalEvents, List<HistoryEntry> entries) {
}
