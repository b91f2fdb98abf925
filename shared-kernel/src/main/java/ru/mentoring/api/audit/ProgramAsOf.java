package ru.mentoring.api.audit;

import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramStage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A program as it was at {@code at} (состояние на дату): folded from {@code eventsApplied} of its events,
 * the last of them stored at {@code lastEventAt}. Pairs count as proposed until an order fixes them.
 * {@code basis} says which time decided what counts ({@link AsOfBasis}); {@code businessDate} is the Moscow day of
 * {@code at} when the basis is {@code BUSINESS}, and {@code recordedLater} the events counted by their business date
 * that were recorded after {@code at} (empty by recorded time).
 */
public record ProgramAsOf(
        ProgramId programId,
        Instant at,
        AsOfBasis basis,
        LocalDate businessDate,
        int eventsApplied,
        Instant lastEventAt,
        String title,
        String period,
        ProgramStage stage,
        boolean curatorAppointed,
        int documents,
        Set<MentoringForm> forms,
        int informingEvents,
        int mentees,
        int mentors,
        boolean menteeBaseFormed,
        boolean mentorBaseFormed,
        int proposedPairs,
        int fixedPairs,
        boolean finalEventHeld,
        boolean monitoringReportSubmitted,
        List<RecordedLater> recordedLater) {

    public ProgramAsOf {
        recordedLater = List.copyOf(recordedLater);
    }
}
