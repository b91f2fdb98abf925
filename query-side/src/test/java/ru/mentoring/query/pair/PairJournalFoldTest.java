package ru.mentoring.query.pair;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.*;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PairJournalFoldTest {

    private static final PairId PAIR = PairId.random();
    private static final ProgramId PROGRAM = ProgramId.random();
    private static final PersonId MENTOR = new PersonId(UUID.randomUUID());
    private static final PersonId MENTEE = new PersonId(UUID.randomUUID());
    private static final Instant FIXED = Instant.parse("2020-10-01T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2020, 10, 12);

    private static PairOpened opened() {
        return new PairOpened(PAIR, PROGRAM, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                Set.of(MENTOR), Set.of(MENTEE), FIXED, FIXED.plus(Duration.ofDays(14)), Duration.ofDays(30),
                List.of(), LocalDate.of(2020, 10, 1));
    }

    @Test
    void listsTheMeetingsActivitiesAndFeedbackOfAPairAtWork() {
        PairJournal journal = new PairJournalFold()
                .apply(opened())
                .apply(new AgreementSigned(PAIR, DAY))
                .apply(new MeetingRecorded(PAIR, 1, MeetingType.ORGANIZATIONAL, DAY, MeetingFormat.IN_PERSON,
                        "Знакомство", null))
                .apply(new IndividualPlanApproved(PAIR, List.of(
                        new PlanActivity(1, "Подготовка к олимпиаде", DAY.plusMonths(2), "Участие"),
                        new PlanActivity(2, "Проект", DAY.plusMonths(5), null)), DAY))
                .apply(new PlanActivityCompleted(PAIR, 1, DAY.plusMonths(2), "Диплом участника", 50))
                .apply(new FeedbackGiven(PAIR, FeedbackSource.MENTEE, MENTEE, 5, "Очень помогло", DAY))
                .journal().orElseThrow();

        assertThat(journal.status()).isEqualTo("ACTIVE");
        assertThat(journal.agreementSignedOn()).isEqualTo(DAY);
        assertThat(journal.planRevision()).isOne();
        assertThat(journal.lastMeetingType()).isEqualTo(MeetingType.ORGANIZATIONAL);
        assertThat(journal.meetings()).extracting(PairJournal.Meeting::topic).containsExactly("Знакомство");
        assertThat(journal.activities()).extracting(PairJournal.Activity::done).containsExactly(true, false);
        assertThat(journal.activities().get(0).evidence()).isEqualTo("Диплом участника");
        assertThat(journal.feedback()).extracting(PairJournal.Feedback::score).containsExactly(5);
        assertThat(journal.mentors()).containsExactly(MENTOR);
    }

    @Test
    void anAmendmentKeepsTheDoneActivitiesItStillHasAndDropsTheOthers() {
        PairJournal journal = new PairJournalFold()
                .apply(opened())
                .apply(new IndividualPlanApproved(PAIR, List.of(new PlanActivity(1, "А", DAY, null),
                        new PlanActivity(2, "Б", DAY, null)), DAY))
                .apply(new PlanActivityCompleted(PAIR, 1, DAY, "Есть", 50))
                .apply(new PlanActivityCompleted(PAIR, 2, DAY, "Есть", 100))
                .apply(new IndividualPlanAmended(PAIR, 2, List.of(new PlanActivity(1, "А", DAY, null)), "Короче",
                        DAY))
                .journal().orElseThrow();

        assertThat(journal.planRevision()).isEqualTo(2);
        assertThat(journal.activities()).extracting(PairJournal.Activity::done).containsExactly(true);
    }

    @Test
    void aDissolvedPairKeepsTheReasonAsItsOutcome() {
        PairJournal journal = new PairJournalFold()
                .apply(opened())
                .apply(new PairDissolved(PAIR, PROGRAM, Set.of(MENTEE), "Наставник уволился", DAY))
                .journal().orElseThrow();

        assertThat(journal.status()).isEqualTo("DISSOLVED");
        assertThat(journal.outcome()).isEqualTo("Наставник уволился");
        assertThat(journal.endedOn()).isEqualTo(DAY);
    }

    @Test
    void eventsOfAnythingButAPairMakeNoJournal() {
        assertThat(new PairJournalFold().apply(new Object()).journal()).isEmpty();
    }
}
