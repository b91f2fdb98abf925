package ru.mentoring.command.pair;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.*;
import ru.mentoring.api.pair.PlannedActivity;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.command.common.ActorRequiredInterceptor;
import ru.mentoring.command.common.DomainRuleViolation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.isA;

class PairTest {

    private static final PairId PAIR = new PairId(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    private static final ProgramId PROGRAM = new ProgramId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    private static final PersonId MENTOR = new PersonId(UUID.fromString("00000000-0000-4000-9000-000000000011"));
    private static final PersonId MENTEE = new PersonId(UUID.fromString("00000000-0000-4000-9000-000000000001"));
    private static final Map<String, String> CURATOR = new Actor("curator@school1", ActorRole.ORGANIZATION_CURATOR, null, null,
            null).asMetaData();
    private static final Duration TWO_WEEKS = Duration.ofDays(14);
    private static final Duration MONTH = Duration.ofDays(30);
    private static final LocalDate APRIL_15 = LocalDate.of(2021, 4, 15);
    /** The date of the head's order that fixed the pair. */
    private static final LocalDate ORDER_DATE = LocalDate.of(2020, 10, 1);
    /** The application's clock: 21:30 UTC on 1 June 2021 is already 2 June in Moscow. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-06-01T21:30:00Z"), ZoneOffset.UTC);

    private AggregateTestFixture<Pair> fixture;
    /** The day the pairs were fixed: deadlines run from here in the fixture's clock. */
    private final Instant now = Instant.parse("2020-10-01T06:00:00Z");

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pair.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerCommandHandlerInterceptor(new ActorRequiredInterceptor());
    }

    /** A command as the curator sends it: givenCommands needs the actor too. */
    private static Object byCurator(Object command) {
        return org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(command)
                .andMetaData(CURATOR);
    }

    private OpenPair open() {
        return new OpenPair(PAIR, PROGRAM, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                Set.of(MENTOR), Set.of(MENTEE), now, now.plus(TWO_WEEKS), MONTH, List.of(APRIL_15), ORDER_DATE);
    }

    private PairOpened opened() {
        return new PairOpened(PAIR, PROGRAM, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                Set.of(MENTOR), Set.of(MENTEE), now, now.plus(TWO_WEEKS), MONTH, List.of(APRIL_15), ORDER_DATE);
    }

    private RecordMeeting meeting(MeetingType type) {
        return meeting(type, LocalDate.of(2020, 10, 5));
    }

    private RecordMeeting meeting(MeetingType type, LocalDate date) {
        return new RecordMeeting(PAIR, type, date, MeetingFormat.IN_PERSON, "Знакомство", null, now);
    }

    private MeetingRecorded recorded(int number, MeetingType type) {
        return recorded(number, type, LocalDate.of(2020, 10, 5));
    }

    private MeetingRecorded recorded(int number, MeetingType type, LocalDate date) {
        return new MeetingRecorded(PAIR, number, type, date, MeetingFormat.IN_PERSON, PersonalText.plain("Знакомство"), null);
    }

    private static IndividualPlanApproved plan(int activities) {
        List<PlanActivity> list = java.util.stream.IntStream.rangeClosed(1, activities)
                .mapToObj(i -> new PlanActivity(i, "Мероприятие " + i, LocalDate.of(2021, 1, i), "Результат " + i))
                .toList();
        return new IndividualPlanApproved(PAIR, PlannedActivity.plain(list), LocalDate.of(2020, 10, 20));
    }

    private static org.hamcrest.Matcher<Object> refused(String code, String text) {
        return allOf(isA(DomainRuleViolation.class), hasProperty("code", org.hamcrest.Matchers.equalTo(code)),
                hasProperty("message", containsString(text)));
    }

    @Test
    void opensWithTheDeadlinesOfTheFirstMeetingAndOfFeedback() {
        fixture.givenCurrentTime(now)
                .when(open(), CURATOR)
                .expectEvents(opened())
                .expectScheduledDeadlineWithName(now.plus(TWO_WEEKS), Pair.FIRST_MEETING)
                .expectScheduledDeadlineWithName(Pair.endOf(APRIL_15), Pair.FEEDBACK_DUE);
    }

    @Test
    void aRepeatedOpeningOfAnOpenPairChangesNothing() {
        fixture.given(opened())
                .when(open(), CURATOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void theFirstMeetingIsOrganizational() {
        fixture.given(opened())
                .when(meeting(MeetingType.TRIAL), CURATOR)
                .expectNoEvents()
                .expectException(refused("pair.meeting-out-of-order", "следующей может быть «организационная»"));
    }

    @Test
    void meetingsFollowTheModelsOrder() {
        fixture.given(opened(), recorded(1, MeetingType.ORGANIZATIONAL))
                .when(meeting(MeetingType.PLANNING), CURATOR)
                .expectException(refused("pair.meeting-out-of-order", "«пробная рабочая»"));
        fixture.given(opened(), recorded(1, MeetingType.ORGANIZATIONAL), recorded(2, MeetingType.TRIAL),
                        recorded(3, MeetingType.PLANNING), plan(2))
                .when(meeting(MeetingType.FINAL), CURATOR)
                .expectException(refused("pair.meeting-out-of-order", "«регулярная»"));
        fixture.given(opened(), recorded(1, MeetingType.ORGANIZATIONAL), recorded(2, MeetingType.TRIAL),
                        recorded(3, MeetingType.PLANNING), plan(2), recorded(4, MeetingType.REGULAR))
                .when(meeting(MeetingType.FINAL), CURATOR)
                .expectEvents(recorded(5, MeetingType.FINAL));
    }

    @Test
    void noMeetingsAfterTheFinalOne() {
        fixture.given(opened(), recorded(1, MeetingType.ORGANIZATIONAL), recorded(2, MeetingType.TRIAL),
                        recorded(3, MeetingType.PLANNING), plan(1), recorded(4, MeetingType.REGULAR),
                        recorded(5, MeetingType.FINAL))
                .when(meeting(MeetingType.REGULAR), CURATOR)
                .expectException(refused("pair.meeting-out-of-order", "заключительная уже прошла"));
    }

    @Test
    void cannotRecordAMeetingBeforeTheOrderThatFixedThePair() {
        fixture.given(opened())
                .when(meeting(MeetingType.ORGANIZATIONAL, LocalDate.of(2020, 9, 20)), CURATOR)
                .expectNoEvents()
                .expectException(refused("pair.meeting-before-fixing-order",
                        "датирована 20.09.2020, а пара закреплена приказом от 01.10.2020"));
    }

    @Test
    void theOrganizationalMeetingMayBeHeldOnTheDayOfTheOrder() {
        fixture.given(opened())
                .when(meeting(MeetingType.ORGANIZATIONAL, ORDER_DATE), CURATOR)
                .expectEvents(recorded(1, MeetingType.ORGANIZATIONAL, ORDER_DATE));
    }

    @Test
    void cannotRecordTrialMeetingBeforeOrganizationalOne() {
        fixture.given(opened(), recorded(1, MeetingType.ORGANIZATIONAL, LocalDate.of(2020, 12, 20)))
                .when(meeting(MeetingType.TRIAL, LocalDate.of(2020, 12, 1)), CURATOR)
                .expectNoEvents()
                .expectException(refused("pair.meeting-before-previous", "«пробная рабочая» датирована 01.12.2020, "
                        + "раньше предыдущей встречи «организационная» (20.12.2020)"));
    }

    @Test
    void aMeetingMayFollowThePreviousOneOnTheSameDay() {
        fixture.given(opened(), recorded(1, MeetingType.ORGANIZATIONAL, LocalDate.of(2020, 12, 20)))
                .when(meeting(MeetingType.TRIAL, LocalDate.of(2020, 12, 20)), CURATOR)
                .expectEvents(recorded(2, MeetingType.TRIAL, LocalDate.of(2020, 12, 20)));
    }

    @Test
    void aRegularMeetingIsNotDatedBeforeTheLastRegularOne() {
        fixture.given(opened(), recorded(1, MeetingType.ORGANIZATIONAL), recorded(2, MeetingType.TRIAL),
                        recorded(3, MeetingType.PLANNING), plan(2),
                        recorded(4, MeetingType.REGULAR, LocalDate.of(2021, 2, 10)))
                .when(meeting(MeetingType.FINAL, LocalDate.of(2021, 2, 9)), CURATOR)
                .expectException(refused("pair.meeting-before-previous", "«регулярная» (10.02.2021)"));
    }

    @Test
    void cannotRecordAMeetingLaterThanTodayInMoscow() {
        fixture.given(opened())
                .when(meeting(MeetingType.ORGANIZATIONAL, LocalDate.of(2021, 6, 3)), CURATOR)
                .expectNoEvents()
                .expectException(refused("pair.meeting-in-future",
                        "датирована 03.06.2021, позже сегодняшнего дня (02.06.2021 по московскому времени)"));
        fixture.given(opened())
                .when(meeting(MeetingType.ORGANIZATIONAL, LocalDate.of(2024, 9, 1)), CURATOR)
                .expectException(refused("pair.meeting-in-future", "01.09.2024"));
    }

    @Test
    void todayIsMoscowsDayEvenWhileItIsStillYesterdayInUtc() {
        fixture.given(opened())
                .when(meeting(MeetingType.ORGANIZATIONAL, LocalDate.of(2021, 6, 2)), CURATOR)
                .expectEvents(recorded(1, MeetingType.ORGANIZATIONAL, LocalDate.of(2021, 6, 2)));
    }

    @Test
    void aPairOpenedBeforeItKeptItsOrderDateChecksTheOtherDates() {
        PairOpened revision1 = new PairOpened(PAIR, PROGRAM, MentoringForm.TEACHER_STUDENT,
                InteractionFormat.INDIVIDUAL, null, Set.of(MENTOR), Set.of(MENTEE), now, now.plus(TWO_WEEKS), MONTH,
                List.of(APRIL_15), null);
        fixture.given(revision1)
                .when(meeting(MeetingType.ORGANIZATIONAL, LocalDate.of(2020, 9, 20)), CURATOR)
                .expectEvents(recorded(1, MeetingType.ORGANIZATIONAL, LocalDate.of(2020, 9, 20)));
        fixture.given(revision1)
                .when(meeting(MeetingType.ORGANIZATIONAL, LocalDate.of(2021, 6, 3)), CURATOR)
                .expectException(refused("pair.meeting-in-future", "03.06.2021"));
    }

    @Test
    void regularMeetingsFollowTheApprovedPlan() {
        fixture.given(opened(), recorded(1, MeetingType.ORGANIZATIONAL), recorded(2, MeetingType.TRIAL),
                        recorded(3, MeetingType.PLANNING))
                .when(meeting(MeetingType.REGULAR), CURATOR)
                .expectException(refused("pair.plan-before-regular-meetings", "утверждения индивидуального плана"));
    }

    @Test
    void theOrganizationalMeetingCancelsItsDeadlineAndStartsTheStallWatch() {
        fixture.givenCurrentTime(now).andGivenCommands(byCurator(open()))
                .when(meeting(MeetingType.ORGANIZATIONAL), CURATOR)
                .expectEvents(recorded(1, MeetingType.ORGANIZATIONAL))
                .expectNoScheduledDeadlineWithName(now.plus(TWO_WEEKS), Pair.FIRST_MEETING)
                .expectScheduledDeadlineWithName(now.plus(MONTH), Pair.STALLED);
    }

    @Test
    void anOrganizationalMeetingNotHeldInTimeIsOverdue() {
        fixture.givenCurrentTime(now).andGivenCommands(byCurator(open()))
                .whenTimeElapses(TWO_WEEKS.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(Pair.FIRST_MEETING)
                .expectEvents(new FirstMeetingOverdue(PAIR, PROGRAM, now.plus(TWO_WEEKS)));
    }

    @Test
    void aPairThatStopsMeetingStalls() {
        fixture.givenCurrentTime(now).andGivenCommands(byCurator(open()), byCurator(meeting(MeetingType.ORGANIZATIONAL)))
                .whenTimeElapses(MONTH.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(Pair.STALLED)
                .expectEvents(new PairStalled(PAIR, PROGRAM, LocalDate.of(2020, 10, 5)));
    }

    @Test
    void eachMeetingPushesTheStallWatchBack() {
        fixture.givenCurrentTime(now).andGivenCommands(byCurator(open()), byCurator(meeting(MeetingType.ORGANIZATIONAL)))
                .when(new RecordMeeting(PAIR, MeetingType.TRIAL, LocalDate.of(2020, 10, 25), MeetingFormat.ONLINE,
                        "Пробная встреча", null, now.plus(Duration.ofDays(20))), CURATOR)
                .expectNoScheduledDeadlineWithName(now.plus(MONTH), Pair.STALLED)
                .expectScheduledDeadlineWithName(now.plus(Duration.ofDays(50)), Pair.STALLED);
    }

    @Test
    void feedbackMissingOnItsDateIsOverdue() {
        fixture.givenCurrentTime(now).andGivenCommands(byCurator(open()), byCurator(
                        new GiveFeedback(PAIR, FeedbackSource.MENTOR, MENTOR, 5, "Работаем", LocalDate.of(2021, 4, 10))))
                .whenTimeAdvancesTo(Pair.endOf(APRIL_15).plusSeconds(1))
                .expectTriggeredDeadlinesWithName(Pair.FIRST_MEETING, Pair.FEEDBACK_DUE)
                .expectEvents(new FirstMeetingOverdue(PAIR, PROGRAM, now.plus(TWO_WEEKS)),
                        new FeedbackOverdue(PAIR, PROGRAM, APRIL_15, Set.of(FeedbackSource.MENTEE)));
    }

    @Test
    void feedbackComesFromTheMembersOfThePair() {
        fixture.given(opened())
                .when(new GiveFeedback(PAIR, FeedbackSource.MENTEE, MENTOR, 4, null, APRIL_15), CURATOR)
                .expectException(refused("pair.feedback-not-a-member", "наставляемый"));
        fixture.given(opened())
                .when(new GiveFeedback(PAIR, FeedbackSource.CURATOR, new PersonId(UUID.randomUUID()), 4, "Хорошо",
                        APRIL_15), CURATOR)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void thePlanCountsItsCompletion() {
        fixture.given(opened(), plan(3))
                .when(new CompletePlanActivity(PAIR, 2, LocalDate.of(2020, 12, 1), "Проект представлен"), CURATOR)
                .expectEvents(new PlanActivityCompleted(PAIR, 2, LocalDate.of(2020, 12, 1), PersonalText.plain("Проект представлен"), 33));
        fixture.given(opened(), plan(3),
                        new PlanActivityCompleted(PAIR, 2, LocalDate.of(2020, 12, 1), PersonalText.plain("Проект представлен"), 33))
                .when(new CompletePlanActivity(PAIR, 1, LocalDate.of(2020, 12, 5), "Грамота"), CURATOR)
                .expectEvents(new PlanActivityCompleted(PAIR, 1, LocalDate.of(2020, 12, 5), PersonalText.plain("Грамота"), 66));
    }

    @Test
    void anActivityIsDoneOnceAndMustExist() {
        fixture.given(opened(), plan(2), new PlanActivityCompleted(PAIR, 1, LocalDate.of(2020, 12, 1), PersonalText.plain("Есть"), 50))
                .when(new CompletePlanActivity(PAIR, 1, LocalDate.of(2020, 12, 2), "Ещё раз"), CURATOR)
                .expectException(refused("pair.plan-activity-done", "уже выполнено"));
        fixture.given(opened(), plan(2))
                .when(new CompletePlanActivity(PAIR, 3, LocalDate.of(2020, 12, 2), "Нет такого"), CURATOR)
                .expectException(refused("pair.plan-activity-unknown", "нет мероприятия № 3 (всего 2)"));
    }

    @Test
    void anAmendedPlanKeepsItsReasonAndRevision() {
        List<PlanActivity> amended = List.of(new PlanActivity(9, "Олимпиада", LocalDate.of(2021, 2, 1), "Диплом"));
        fixture.given(opened(), plan(2))
                .when(new AmendIndividualPlan(PAIR, amended, "Перенос сроков олимпиады", LocalDate.of(2021, 1, 10)),
                        CURATOR)
                .expectEvents(new IndividualPlanAmended(PAIR, 2, PlannedActivity.plain(List.of(new PlanActivity(1, "Олимпиада",
                        LocalDate.of(2021, 2, 1), "Диплом"))), PersonalText.plain("Перенос сроков олимпиады"), LocalDate.of(2021, 1, 10)));
        fixture.given(opened())
                .when(new AmendIndividualPlan(PAIR, amended, "Причина", LocalDate.of(2021, 1, 10)), CURATOR)
                .expectException(refused("pair.plan-not-approved", "не утверждён"));
    }

    @Test
    void aPlanIsApprovedOnceThenAmended() {
        fixture.given(opened(), plan(1))
                .when(new ApproveIndividualPlan(PAIR, plan(2).activities().stream().map(PlannedActivity::shown).toList(),
                        LocalDate.of(2020, 10, 21)), CURATOR)
                .expectException(refused("pair.plan-already-approved", "корректировкой"));
    }

    @Test
    void thePairCompletesAfterItsFinalMeeting() {
        fixture.given(opened(), recorded(1, MeetingType.ORGANIZATIONAL))
                .when(new CompletePair(PAIR, "Повысил успеваемость", LocalDate.of(2021, 5, 20)), CURATOR)
                .expectException(refused("pair.final-meeting-first", "после заключительной встречи"));
        fixture.given(opened(), recorded(1, MeetingType.ORGANIZATIONAL), recorded(2, MeetingType.TRIAL),
                        recorded(3, MeetingType.PLANNING), plan(1), recorded(4, MeetingType.REGULAR),
                        recorded(5, MeetingType.FINAL))
                .when(new CompletePair(PAIR, "Повысил успеваемость", LocalDate.of(2021, 5, 20)), CURATOR)
                .expectEvents(new PairCompleted(PAIR, PROGRAM, PersonalText.plain("Повысил успеваемость"), LocalDate.of(2021, 5, 20)));
    }

    @Test
    void dissolvingEarlyCancelsEveryDeadlineAndReleasesTheMentees() {
        fixture.givenCurrentTime(now).andGivenCommands(byCurator(open()))
                .when(new DissolvePair(PAIR, "Наставляемый сменил школу", LocalDate.of(2020, 11, 1)), CURATOR)
                .expectEvents(new PairDissolved(PAIR, PROGRAM, Set.of(MENTEE), PersonalText.plain("Наставляемый сменил школу"),
                        LocalDate.of(2020, 11, 1)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aDissolvedPairTakesNoMoreSteps() {
        fixture.given(opened(), new PairDissolved(PAIR, PROGRAM, Set.of(MENTEE), PersonalText.plain("Причина"), LocalDate.of(2020, 11, 1)))
                .when(meeting(MeetingType.ORGANIZATIONAL), CURATOR)
                .expectException(refused("pair.not-active", "расформирована"));
    }

    @Test
    void theAgreementIsSignedOnce() {
        fixture.given(opened())
                .when(new SignAgreement(PAIR, LocalDate.of(2020, 10, 5)), CURATOR)
                .expectEvents(new AgreementSigned(PAIR, LocalDate.of(2020, 10, 5)));
        fixture.given(opened(), new AgreementSigned(PAIR, LocalDate.of(2020, 10, 5)))
                .when(new SignAgreement(PAIR, LocalDate.of(2020, 10, 6)), CURATOR)
                .expectException(refused("pair.agreement-already-signed", "уже подписано"));
    }
}
