package ru.mentoring.command.pair;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import ru.mentoring.api.audit.AsOfBasis;
import ru.mentoring.api.audit.AsOfFrame;
import ru.mentoring.api.audit.PairAsOf;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.*;
import ru.mentoring.api.pair.PlannedActivity;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.command.common.AggregateReplay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pair's read-only view ({@link Pair#asOf}) of the aggregate folded from some of its events, as the audit's
 * as-of views get it: the aggregate's own handlers, no copy of them.
 */
class PairAsOfTest {

    private static final PairId PAIR = PairId.random();
    private static final ProgramId PROGRAM = ProgramId.random();
    private static final Instant T = Instant.parse("2021-01-15T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2021, 1, 15);

    private final AggregateReplay replay = new AggregateReplay(null,
            new StaticListableBeanFactory().getBeanProvider(Configuration.class));

    private PairAsOf view(Object... events) {
        return view(new AsOfFrame(T, AsOfBasis.RECORDED, null, events.length, T, List.of()), events);
    }

    private PairAsOf view(AsOfFrame frame, Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>("Pair", PAIR.toString(), messages.size(), event));
        }
        return replay.replay(Pair.class, messages).orElseThrow().invoke(pair -> pair.asOf(frame));
    }

    private static PairOpened opened() {
        return new PairOpened(PAIR, PROGRAM, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                Set.of(new PersonId(UUID.randomUUID())), Set.of(new PersonId(UUID.randomUUID()),
                new PersonId(UUID.randomUUID())), T, T.plus(Duration.ofDays(14)), Duration.ofDays(30), List.of(),
                LocalDate.of(2020, 10, 1));
    }

    private static List<PlanActivity> activities(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> new PlanActivity(n, "Мероприятие " + n, DAY, null)).toList();
    }

    private static MeetingRecorded meeting(int number, MeetingType type, LocalDate on) {
        return new MeetingRecorded(PAIR, number, type, on, MeetingFormat.IN_PERSON, PersonalText.plain("Встреча " + number), null);
    }

    @Test
    void countsMeetingsAndThePlanDoneAsTheEventsSay() {
        AsOfFrame frame = new AsOfFrame(T.plusSeconds(10), AsOfBasis.RECORDED, null, 7, T.plusSeconds(4), List.of());
        PairAsOf view = view(frame, opened(),
                new AgreementSigned(PAIR, DAY.minusDays(3)),
                new IndividualPlanApproved(PAIR, PlannedActivity.plain(activities(4)), DAY),
                meeting(1, MeetingType.ORGANIZATIONAL, DAY),
                meeting(2, MeetingType.TRIAL, DAY.plusDays(2)),
                new PlanActivityCompleted(PAIR, 1, DAY, PersonalText.plain("Грамота"), 25),
                new PlanActivityCompleted(PAIR, 4, DAY, PersonalText.plain("Проект"), 50));

        assertThat(view.pairId()).isEqualTo(PAIR);
        assertThat(view.programId()).isEqualTo(PROGRAM);
        assertThat(view.status()).isEqualTo("ACTIVE");
        assertThat(view.mentors()).isOne();
        assertThat(view.mentees()).isEqualTo(2);
        assertThat(view.agreementSignedOn()).isEqualTo(DAY.minusDays(3));
        assertThat(view.at()).isEqualTo(T.plusSeconds(10));
        assertThat(view.eventsApplied()).isEqualTo(7);
        assertThat(view.lastEventAt()).isEqualTo(T.plusSeconds(4));
        assertThat(view.meetings()).containsEntry(MeetingType.ORGANIZATIONAL, 1).containsEntry(MeetingType.TRIAL, 1)
                .containsEntry(MeetingType.REGULAR, 0).hasSize(MeetingType.values().length);
        assertThat(view.lastMeetingOn()).isEqualTo(DAY.plusDays(2));
        assertThat(view.planRevision()).isOne();
        assertThat(view.planActivities()).isEqualTo(4);
        assertThat(view.planDone()).isEqualTo(2);
        assertThat(view.planCompletionPercent()).isEqualTo(50);
        assertThat(view.outcome()).isNull();
    }

    @Test
    void anAmendedPlanDropsTheActivitiesItNoLongerHas() {
        PairAsOf view = view(opened(),
                new IndividualPlanApproved(PAIR, PlannedActivity.plain(activities(4)), DAY),
                new PlanActivityCompleted(PAIR, 1, DAY, PersonalText.plain("Грамота"), 25),
                new PlanActivityCompleted(PAIR, 4, DAY, PersonalText.plain("Проект"), 50),
                new IndividualPlanAmended(PAIR, 2, PlannedActivity.plain(activities(2)), PersonalText.plain("Болезнь"), DAY));

        assertThat(view.planRevision()).isEqualTo(2);
        assertThat(view.planActivities()).isEqualTo(2);
        assertThat(view.planDone()).isOne();
        assertThat(view.planCompletionPercent()).isEqualTo(50);
    }

    @Test
    void aDissolvedPairKeepsTheReasonAsItsOutcome() {
        PairAsOf view = view(opened(), new PairDissolved(PAIR, PROGRAM, Set.of(), PersonalText.plain("Переезд"), DAY));

        assertThat(view.status()).isEqualTo("DISSOLVED");
        assertThat(view.outcome()).isEqualTo("Переезд");
    }

    @Test
    void aCompletedPairKeepsItsOutcome() {
        PairAsOf view = view(opened(), meeting(1, MeetingType.ORGANIZATIONAL, DAY),
                new PairCompleted(PAIR, PROGRAM, PersonalText.plain("Проект защищён"), DAY.plusMonths(4)));

        assertThat(view.status()).isEqualTo("COMPLETED");
        assertThat(view.outcome()).isEqualTo("Проект защищён");
    }

    /**
     * By business date the activity done on the 15th counts as of the 16th while the plan approved on the 20th
     * (and recorded before the completion) does not: there is no plan yet, so nothing of it is done.
     */
    @Test
    void aCompletionCountedByItsDateWithoutThePlansApprovalChangesNothing() {
        AsOfFrame frame = new AsOfFrame(T, AsOfBasis.BUSINESS, DAY.plusDays(1), 3, T, List.of());
        PairAsOf view = view(frame, opened(), new AgreementSigned(PAIR, DAY),
                new PlanActivityCompleted(PAIR, 1, DAY, PersonalText.plain("Грамота"), 25));

        assertThat(view.planRevision()).isZero();
        assertThat(view.planActivities()).isZero();
        assertThat(view.planDone()).isZero();
        assertThat(view.planCompletionPercent()).isZero();
        assertThat(view.agreementSignedOn()).isEqualTo(DAY);
        assertThat(view.basis()).isEqualTo(AsOfBasis.BUSINESS);
        assertThat(view.businessDate()).isEqualTo(DAY.plusDays(1));
    }

    /** By business date a later meeting and the deadline the pair missed count without the meetings before them. */
    @Test
    void aSubsetOfMeetingsAndDeadlinesCountedByDateFoldsWithoutItsPredecessors() {
        PairAsOf view = view(opened(),
                new FirstMeetingOverdue(PAIR, PROGRAM, T),
                meeting(3, MeetingType.PLANNING, DAY),
                new PairStalled(PAIR, PROGRAM, DAY),
                new FeedbackOverdue(PAIR, PROGRAM, DAY, Set.of(FeedbackSource.MENTEE)));

        assertThat(view.meetings()).containsEntry(MeetingType.PLANNING, 1).containsEntry(MeetingType.ORGANIZATIONAL, 0);
        assertThat(view.lastMeetingOn()).isEqualTo(DAY);
        assertThat(view.eventsApplied()).isEqualTo(5);
        assertThat(view.status()).isEqualTo("ACTIVE");
    }

    @Test
    void eventsOfAnotherAggregateTypeGiveNoPair() {
        DomainEventMessage<?> other = new GenericDomainEventMessage<>("Program", PAIR.toString(), 0, opened());

        assertThat(replay.replay(Pair.class, List.of(other))).isEmpty();
        assertThat(replay.replay(Pair.class, List.of())).isEmpty();
    }
}
