package ru.mentoring.api.audit;

import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramStage;

import java.time.Instant;
import java.util.Set;

/**
 * A program as it was at {@code at} (состояние на дату): folded from its first {@code eventsApplied} events,
 * the last of them stored at {@code lastEventAt}. Pairs count as proposed until an order fixes them.
 */
public record ProgramAsOf(
        ProgramId programId,
        Instant at,
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
        boolean monitoringReportSubmitted) {
}
