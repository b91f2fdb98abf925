package ru.mentoring.api.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An event that counts in a state by its business date but was recorded after the moment asked: the state shows
 * what happened by then, not what the system knew by then, and this says so for each such event.
 *
 * @param note the same in words, e.g. «Записано 20.10.2021 12:00:00 (МСК), позже запрошенного момента; учтено по
 *             дате события 12.10.2021»
 */
public record RecordedLater(long sequenceNumber, String eventType, LocalDate businessDate, Instant recordedAt,
                            String summary, String note) {
}
