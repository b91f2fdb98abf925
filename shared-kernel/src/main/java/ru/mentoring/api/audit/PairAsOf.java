package ru.mentoring.api.audit;

import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.ProgramId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A pair or group as it was at {@code at}: folded from {@code eventsApplied} of its events, the last of them
 * stored at {@code lastEventAt}. {@code status} is {@code ACTIVE}, {@code COMPLETED} or {@code DISSOLVED}.
 * {@code basis} says which time decided what counts ({@link AsOfBasis}); {@code businessDate} is the Moscow day of
 * {@code at} when the basis is {@code BUSINESS}, and {@code recordedLater} the events counted by their business date
 * that were recorded after {@code at} (empty by recorded time).
 */
public record PairAsOf(
        PairId pairId,
        ProgramId programId,
        Instant at,
        AsOfBasis basis,
        LocalDate businessDate,
        int eventsApplied,
        Instant lastEventAt,
        String status,
        int mentors,
        int mentees,
        LocalDate agreementSignedOn,
        int planRevision,
        int planActivities,
        int planDone,
        int planCompletionPercent,
        Map<MeetingType, Integer> meetings,
        LocalDate lastMeetingOn,
        String outcome,
        List<RecordedLater> recordedLater) {

    public PairAsOf {
        meetings = Map.copyOf(meetings);
        recordedLater = List.copyOf(recordedLater);
    }
}
