package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;
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
 * A pair or group began its work: the organizational meeting is due by the given time, and feedback on the given
 * dates.
 * <p>
 * Revision 2 added {@code fixedOn}, the date of the head's order that fixed the pair (приказ о закреплении): its
 * meetings are not dated before it. Events stored in revision 1 lack it and read it as {@code null}; such a pair
 * checks its meeting dates only against each other and today.
 */
@Revision("2")
public record PairOpened(
        PairId pairId,
        ProgramId programId,
        MentoringForm form,
        InteractionFormat format,
        MentoringKind kind,
        Set<PersonId> mentors,
        Set<PersonId> mentees,
        Instant openedAt,
        Instant firstMeetingDueAt,
        Duration stalledAfter,
        List<LocalDate> feedbackDates,
        LocalDate fixedOn) {
}
