package ru.mentoring.api.audit;

import java.time.Instant;
import java.util.Set;

/**
 * Asks for the history (журнал событий) of one aggregate: its stored events in order, optionally only those
 * stored within {@code [from, to]} and of the given event types (simple class names; empty means all).
 *
 * @param aggregateId   the aggregate's identifier in the event store
 * @param aggregateType the aggregate type the caller expects ({@code Program}, {@code Pair}), or {@code null}
 *                      for any
 */
public record FindEventHistory(String aggregateId, String aggregateType, Instant from, Instant to,
                               Set<String> eventTypes) {
}
