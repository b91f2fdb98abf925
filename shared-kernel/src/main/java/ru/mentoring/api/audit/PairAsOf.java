package ru.mentoring.api.audit;

import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.ProgramId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A pair or group as it was at {@code at}: folded from its first {@code eventsApplied} events, the last of them
 * stored at {@code lastEventAt}. {@code status} is {@code ACTIVE}, {@code COMPLETED} or {@code DISSOLVED}.
 */
public record PairAsOf(
        PairId pairId,
        ProgramId programId,
        Instant at,
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
        String outcome) {
}
