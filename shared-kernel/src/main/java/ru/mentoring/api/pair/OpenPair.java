package ru.mentoring.api.pair;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.MentoringKind;
import ru.mentoring.api.program.ProgramId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Opens the lifecycle of a pair or group fixed by the head's order: sent by the pair-opening policy when a
 * program fixes its pairs, with the date of that order ({@code fixedOn}: no meeting of the pair is dated before
 * it) and the deadlines the pair must keep.
 */
public record OpenPair(
        @TargetAggregateIdentifier @NotNull PairId pairId,
        @NotNull ProgramId programId,
        @NotNull MentoringForm form,
        @NotNull InteractionFormat format,
        MentoringKind kind,
        @NotEmpty Set<PersonId> mentors,
        @NotEmpty Set<PersonId> mentees,
        @NotNull Instant openedAt,
        @NotNull Instant firstMeetingDueAt,
        @NotNull Duration stalledAfter,
        @NotNull List<LocalDate> feedbackDates,
        @NotNull LocalDate fixedOn) {
}
