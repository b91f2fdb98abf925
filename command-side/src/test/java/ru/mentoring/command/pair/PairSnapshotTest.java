package ru.mentoring.command.pair;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.*;
import ru.mentoring.api.pair.PlannedActivity;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.command.common.DomainRuleViolation;
import ru.mentoring.command.common.SnapshotRoundTrip;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pair loaded from its snapshot is the pair its events make: every field survives the Jackson round trip
 * (records, enums, sets, a map keyed by meeting type, the plan's map keyed by activity number), and the commands
 * after are decided as they are without the snapshot.
 */
class PairSnapshotTest {

    private static final PairId PAIR = new PairId(UUID.fromString("00000000-0000-4000-8000-0000000000b1"));
    private static final ProgramId PROGRAM = new ProgramId(UUID.fromString("00000000-0000-4000-8000-000000000002"));
    private static final PersonId MENTOR = new PersonId(UUID.fromString("00000000-0000-4000-9000-000000000021"));
    private static final PersonId MENTEE = new PersonId(UUID.fromString("00000000-0000-4000-9000-000000000022"));
    private static final Instant FIXED = Instant.parse("2020-10-01T06:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2020, 10, 5);
    private static final LocalDate LAST_MEETING = LocalDate.of(2021, 3, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-06-01T09:00:00Z"), ZoneOffset.UTC);
    private static final List<PlanActivity> PLAN = List.of(new PlanActivity(1, "Знакомство", DAY.plusMonths(1), null),
            new PlanActivity(2, "Проект", DAY.plusMonths(4), "Защита проекта"),
            new PlanActivity(3, "Олимпиада", DAY.plusMonths(6), null));

    /** A pair a school year into its work: 150 regular meetings, its plan amended and partly done, feedback given. */
    private static List<Object> history() {
        List<Object> events = new ArrayList<>(List.of(
                new PairOpened(PAIR, PROGRAM, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                        Set.of(MENTOR), Set.of(MENTEE), FIXED, FIXED.plus(Duration.ofDays(14)), Duration.ofDays(30),
                        List.of(LocalDate.of(2020, 12, 20), LocalDate.of(2021, 5, 20)), LocalDate.of(2020, 10, 1)),
                new AgreementSigned(PAIR, DAY),
                new IndividualPlanApproved(PAIR, PlannedActivity.plain(PLAN.subList(0, 2)), DAY),
                new PlanActivityCompleted(PAIR, 1, DAY.plusDays(3), PersonalText.plain("Протокол"), 50),
                new IndividualPlanAmended(PAIR, 2, PlannedActivity.plain(PLAN), PersonalText.plain("Добавлена олимпиада"), DAY.plusDays(4)),
                new MeetingRecorded(PAIR, 1, MeetingType.ORGANIZATIONAL, DAY, MeetingFormat.IN_PERSON, PersonalText.plain("Встреча"), null),
                new MeetingRecorded(PAIR, 2, MeetingType.TRIAL, DAY, MeetingFormat.ONLINE, PersonalText.plain("Встреча"), null),
                new MeetingRecorded(PAIR, 3, MeetingType.PLANNING, DAY, MeetingFormat.IN_PERSON, PersonalText.plain("Встреча"), PersonalText.plain("план")),
                new FeedbackGiven(PAIR, FeedbackSource.MENTOR, MENTOR, 5, PersonalText.plain("Хорошо"), LocalDate.of(2020, 12, 10))));
        for (int number = 4; number < 154; number++) {
            events.add(new MeetingRecorded(PAIR, number, MeetingType.REGULAR,
                    number == 153 ? LAST_MEETING : DAY.plusDays(number), MeetingFormat.IN_PERSON, PersonalText.plain("Встреча"), null));
        }
        events.add(new FeedbackGiven(PAIR, FeedbackSource.MENTEE, MENTEE, 4, null, LocalDate.of(2020, 12, 18)));
        return events;
    }

    private static Pair sourced() {
        return SnapshotRoundTrip.sourced(Pair.class, Pair::new, PAIR.toString(), history());
    }

    @Test
    void everyFieldSurvivesTheSnapshot() {
        Pair original = sourced();
        Pair restored = SnapshotRoundTrip.restored(original);

        assertThat(SnapshotRoundTrip.json(restored)).isEqualTo(SnapshotRoundTrip.json(original));
        assertThat(restored.view()).isEqualTo(original.view());
        assertThat(restored.view().meetings()).containsEntry(MeetingType.REGULAR, 150)
                .containsEntry(MeetingType.ORGANIZATIONAL, 1);
        assertThat(restored.view().done()).containsOnlyKeys(1);
    }

    @Test
    void aRegularMeetingIsNumberedOnAndTheNextDeadlineSet() {
        decide(new RecordMeeting(PAIR, MeetingType.REGULAR, LAST_MEETING.plusDays(7), MeetingFormat.ONLINE, "Итоги",
                null, CLOCK.instant()), result -> result.expectEvents(new MeetingRecorded(PAIR, 154,
                MeetingType.REGULAR, LAST_MEETING.plusDays(7), MeetingFormat.ONLINE, PersonalText.plain("Итоги"), null))
                .expectScheduledDeadlineWithName(CLOCK.instant().plus(Duration.ofDays(30)), Pair.STALLED));
    }

    @Test
    void meetingsKeepTheirOrderAndDates() {
        decide(new RecordMeeting(PAIR, MeetingType.TRIAL, LAST_MEETING, MeetingFormat.ONLINE, "Ещё раз", null,
                CLOCK.instant()), result -> result.expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("не по порядку")));
        decide(new RecordMeeting(PAIR, MeetingType.REGULAR, LAST_MEETING.minusDays(1), MeetingFormat.ONLINE, "Раньше",
                null, CLOCK.instant()), result -> result.expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("01.03.2021")));
    }

    @Test
    void thePlanKnowsWhatIsDone() {
        decide(new CompletePlanActivity(PAIR, 1, LAST_MEETING, "Ещё раз"),
                result -> result.expectException(DomainRuleViolation.class));
        decide(new CompletePlanActivity(PAIR, 3, LAST_MEETING, "Диплом"), result -> result.expectEvents(
                new PlanActivityCompleted(PAIR, 3, LAST_MEETING, PersonalText.plain("Диплом"), 66)));
    }

    @Test
    void membersAgreementAndEndAreKept() {
        decide(new SignAgreement(PAIR, LAST_MEETING), result -> result.expectException(DomainRuleViolation.class));
        decide(new GiveFeedback(PAIR, FeedbackSource.MENTOR, MENTEE, 5, null, LAST_MEETING),
                result -> result.expectException(DomainRuleViolation.class));
        decide(new DissolvePair(PAIR, "Переезд", LAST_MEETING), result -> result.expectEvents(
                new PairDissolved(PAIR, PROGRAM, Set.of(MENTEE), PersonalText.plain("Переезд"), LAST_MEETING)));
    }

    /** The same command, given the whole history and given the snapshot of it, meets the same expectation. */
    private static void decide(Object command, Consumer<ResultValidator<Pair>> expectation) {
        List<Object> history = history();
        expectation.accept(fixture().given(history).when(command));
        Pair snapshot = SnapshotRoundTrip.restored(sourced());
        expectation.accept(fixture().given(List.of(SnapshotRoundTrip.asSnapshotEvent(snapshot, PAIR.toString(),
                history.size() - 1))).when(command));
    }

    private static AggregateTestFixture<Pair> fixture() {
        AggregateTestFixture<Pair> fixture = new AggregateTestFixture<>(Pair.class);
        fixture.registerInjectableResource(CLOCK);
        // a snapshot's aggregate is the loaded aggregate itself, which the check of sourcing would replay again
        fixture.setReportIllegalStateChange(false);
        return fixture;
    }
}
