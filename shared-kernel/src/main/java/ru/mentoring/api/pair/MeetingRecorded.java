package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonalText;

import java.time.LocalDate;

/**
 * The pair met on the day {@code heldOn}; meetings are numbered from 1.
 * <p>
 * Revision 2 renamed revision 1's {@code date} to {@code heldOn}: a bare "date" read in the event log as the day
 * the meeting was recorded (the command carries both), and every other dated event of a pair says what its
 * date is ({@code signedOn}, {@code completedOn}, {@code dissolvedOn}). Events stored in revision 1 are read
 * through an upcaster; the command and the pair's journal keep their {@code date}.
 */
@Revision("2")
public record MeetingRecorded(
        PairId pairId,
        int number,
        MeetingType type,
        LocalDate heldOn,
        MeetingFormat format,
        PersonalText topic,
        PersonalText notes) {
}
