package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The pair met; meetings are numbered from 1.
 */
@Revision("1")
public record MeetingRecorded(
        PairId pairId,
        int number,
        MeetingType type,
        LocalDate date,
        MeetingFormat format,
        String topic,
        String notes) {
}
