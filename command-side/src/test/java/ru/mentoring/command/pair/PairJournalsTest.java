package ru.mentoring.command.pair;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.*;
import ru.mentoring.api.pair.PlannedActivity;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramDocumentKind;
import ru.mentoring.api.program.ProgramDocumentRegistered;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.command.common.AggregateReplay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pair's journal as the page asks for it: its state from the Pair aggregate replayed from the event store, its
 * meetings and feedback listed from the events.
 */
class PairJournalsTest {

    private static final PairId PAIR = PairId.random();
    private static final ProgramId PROGRAM = ProgramId.random();
    private static final PersonId MENTOR = new PersonId(UUID.randomUUID());
    private static final PersonId MENTEE = new PersonId(UUID.randomUUID());
    private static final Instant FIXED = Instant.parse("2020-10-01T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2020, 10, 12);

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final PairJournals journals = new PairJournals(store, new AggregateReplay(store,
            new StaticListableBeanFactory().getBeanProvider(Configuration.class)));

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    private PairJournal journal(Object... events) {
        for (int sequence = 0; sequence < events.length; sequence++) {
            store.publish(new GenericDomainEventMessage<>("Pair", PAIR.toString(), sequence, events[sequence]));
        }
        return journals.handle(new FindPairJournal(PAIR)).orElseThrow();
    }

    private static PairOpened opened() {
        return new PairOpened(PAIR, PROGRAM, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                Set.of(MENTOR), Set.of(MENTEE), FIXED, FIXED.plus(Duration.ofDays(14)), Duration.ofDays(30),
                List.of(), LocalDate.of(2020, 10, 1));
    }

    @Test
    void listsTheMeetingsActivitiesAndFeedbackOfAPairAtWork() {
        PairJournal journal = journal(opened(),
                new AgreementSigned(PAIR, DAY),
                new MeetingRecorded(PAIR, 1, MeetingType.ORGANIZATIONAL, DAY, MeetingFormat.IN_PERSON, PersonalText.plain("Знакомство"),
                        null),
                new IndividualPlanApproved(PAIR, PlannedActivity.plain(List.of(
                        new PlanActivity(1, "Подготовка к олимпиаде", DAY.plusMonths(2), "Участие"),
                        new PlanActivity(2, "Проект", DAY.plusMonths(5), null))), DAY),
                new PlanActivityCompleted(PAIR, 1, DAY.plusMonths(2), PersonalText.plain("Диплом участника"), 50),
                new FeedbackGiven(PAIR, FeedbackSource.MENTEE, MENTEE, 5, PersonalText.plain("Очень помогло"), DAY),
                new FirstMeetingOverdue(PAIR, PROGRAM, FIXED));

        assertThat(journal.pairId()).isEqualTo(PAIR);
        assertThat(journal.programId()).isEqualTo(PROGRAM);
        assertThat(journal.form()).isEqualTo(MentoringForm.TEACHER_STUDENT);
        assertThat(journal.format()).isEqualTo(InteractionFormat.INDIVIDUAL);
        assertThat(journal.firstMeetingDueAt()).isEqualTo(FIXED.plus(Duration.ofDays(14)));
        assertThat(journal.status()).isEqualTo("ACTIVE");
        assertThat(journal.agreementSignedOn()).isEqualTo(DAY);
        assertThat(journal.planRevision()).isOne();
        assertThat(journal.lastMeetingType()).isEqualTo(MeetingType.ORGANIZATIONAL);
        assertThat(journal.meetings()).containsExactly(new PairJournal.Meeting(1, MeetingType.ORGANIZATIONAL, DAY,
                MeetingFormat.IN_PERSON, "Знакомство", null));
        assertThat(journal.activities()).containsExactly(
                new PairJournal.Activity(1, "Подготовка к олимпиаде", DAY.plusMonths(2), "Участие", DAY.plusMonths(2),
                        "Диплом участника"),
                new PairJournal.Activity(2, "Проект", DAY.plusMonths(5), null, null, null));
        assertThat(journal.feedback()).containsExactly(new PairJournal.Feedback(FeedbackSource.MENTEE, MENTEE, 5,
                "Очень помогло", DAY));
        assertThat(journal.mentors()).containsExactly(MENTOR);
        assertThat(journal.mentees()).containsExactly(MENTEE);
        assertThat(journal.outcome()).isNull();
        assertThat(journal.endedOn()).isNull();
    }

    /** The aggregate's rule, not a copy of it: an activity done keeps its completion while the plan numbers it. */
    @Test
    void anAmendmentKeepsTheDoneActivitiesItStillHasAndDropsTheOthers() {
        PairJournal journal = journal(opened(),
                new IndividualPlanApproved(PAIR, PlannedActivity.plain(List.of(new PlanActivity(1, "А", DAY, null),
                        new PlanActivity(2, "Б", DAY, null))), DAY),
                new PlanActivityCompleted(PAIR, 1, DAY, PersonalText.plain("Есть"), 50),
                new PlanActivityCompleted(PAIR, 2, DAY, PersonalText.plain("Тоже есть"), 100),
                new IndividualPlanAmended(PAIR, 2, PlannedActivity.plain(List.of(new PlanActivity(1, "А и Б", DAY, null))), PersonalText.plain("Короче"), DAY));

        assertThat(journal.planRevision()).isEqualTo(2);
        assertThat(journal.activities()).containsExactly(new PairJournal.Activity(1, "А и Б", DAY, null, DAY, "Есть"));
    }

    @Test
    void anActivityDroppedByAnAmendmentAndPlannedAgainIsOpenUntilDoneAgain() {
        List<PlanActivity> two = List.of(new PlanActivity(1, "А", DAY, null), new PlanActivity(2, "Б", DAY, null));
        PairJournal journal = journal(opened(),
                new IndividualPlanApproved(PAIR, PlannedActivity.plain(two), DAY),
                new PlanActivityCompleted(PAIR, 2, DAY, PersonalText.plain("Есть"), 50),
                new IndividualPlanAmended(PAIR, 2, PlannedActivity.plain(List.of(new PlanActivity(1, "А", DAY, null))), PersonalText.plain("Короче"), DAY),
                new IndividualPlanAmended(PAIR, 3, PlannedActivity.plain(two), PersonalText.plain("Снова оба"), DAY));

        assertThat(journal.planRevision()).isEqualTo(3);
        assertThat(journal.activities()).extracting(PairJournal.Activity::done).containsExactly(false, false);
    }

    @Test
    void aDissolvedPairKeepsTheReasonAsItsOutcome() {
        PairJournal journal = journal(opened(), new PairDissolved(PAIR, PROGRAM, Set.of(MENTEE), PersonalText.plain("Наставник уволился"),
                DAY));

        assertThat(journal.status()).isEqualTo("DISSOLVED");
        assertThat(journal.outcome()).isEqualTo("Наставник уволился");
        assertThat(journal.endedOn()).isEqualTo(DAY);
    }

    @Test
    void aCompletedPairKeepsItsOutcomeAndTheDayItEnded() {
        PairJournal journal = journal(opened(), new PairCompleted(PAIR, PROGRAM, PersonalText.plain("Проект защищён"), DAY));

        assertThat(journal.status()).isEqualTo("COMPLETED");
        assertThat(journal.outcome()).isEqualTo("Проект защищён");
        assertThat(journal.endedOn()).isEqualTo(DAY);
    }

    @Test
    void noEventsOrAnotherAggregatesEventsMakeNoJournal() {
        assertThat(journals.handle(new FindPairJournal(PAIR))).isEmpty();

        store.publish(new GenericDomainEventMessage<>("Program", PAIR.toString(), 0, new ProgramDocumentRegistered(
                ProgramId.random(), ProgramDocumentKind.IMPLEMENTATION_ORDER, "1", DAY, null)));
        assertThat(journals.handle(new FindPairJournal(PAIR))).isEmpty();
    }
}
