package ru.mentoring.command.program;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static ru.mentoring.command.program.ProgramFixtures.CURATOR;
import static ru.mentoring.command.program.ProgramFixtures.refused;
import static ru.mentoring.command.program.ProgramFixtures.unmet;
import static ru.mentoring.command.program.ProgramFixtures.unmetFor;
import static ru.mentoring.command.program.ProgramMother.*;

/**
 * The final meeting and monitoring stages, and completion.
 */
class ProgramClosingTest {

    private static final LocalDate MAY_20 = LocalDate.of(2021, 5, 20);
    private AggregateTestFixture<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProgramFixtures.fixture();
    }

    private static List<Object> monitoringDone() {
        List<Object> events = inStage(ProgramStage.MONITORING);
        events.add(new SatisfactionSurveyed(PROGRAM, MENTEE_ANNA, ParticipantRole.MENTEE, 90, MAY_20));
        events.add(new SatisfactionSurveyed(PROGRAM, MENTOR_TEACHER, ParticipantRole.MENTOR, 80, MAY_20));
        for (var mentee : List.of(MENTEE_ANNA, MENTEE_BORIS, MENTEE_VERA)) {
            events.add(new FinalAssessmentRecorded(PROGRAM, mentee, Map.of("успеваемость", 75), MAY_20));
        }
        events.add(new MonitoringReportSubmitted(PROGRAM, LocalDate.of(2021, 11, 20), "Форма мониторинга 2020-2021"));
        return events;
    }

    @Test
    void theFinalEventCountsTheParticipantsOfFixedPairs() {
        fixture.given(inStage(ProgramStage.FINAL))
                .when(new RecordFinalEvent(PROGRAM, MAY_20, "Твой результат – мои возможности",
                        Set.of(MENTEE_ANNA, MENTEE_BORIS, MENTOR_TEACHER)), CURATOR)
                .expectEvents(new FinalEventHeld(PROGRAM, MAY_20, "Твой результат – мои возможности",
                        Set.of(MENTEE_ANNA, MENTEE_BORIS, MENTOR_TEACHER), 5));
    }

    @Test
    void onlyParticipantsOfPairsAreCountedAtTheFinalEvent() {
        fixture.given(inStage(ProgramStage.FINAL))
                .when(new RecordFinalEvent(PROGRAM, MAY_20, "Итоги", Set.of(CURATOR_PERSON)), CURATOR)
                .expectException(refused("final-event.not-a-participant", CURATOR_PERSON.toString()));
    }

    @Test
    void theFinalStageEndsWithTheFinalEvent() {
        List<Object> events = pairsFixed();
        events.add(new ProgramStageAdvanced(PROGRAM, ProgramStage.MATCHING, ProgramStage.MEETINGS));
        events.add(new ProgramStageAdvanced(PROGRAM, ProgramStage.MEETINGS, ProgramStage.FINAL));
        fixture.given(events)
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.MONITORING), CURATOR)
                .expectException(unmet("final-event-missing"));
    }

    @Test
    void mentorsAreAwarded() {
        fixture.given(inStage(ProgramStage.FINAL))
                .when(new AwardMentor(PROGRAM, MENTOR_TEACHER, "Благодарственное письмо", MAY_20), CURATOR)
                .expectEvents(new MentorAwarded(PROGRAM, MENTOR_TEACHER, PersonalText.plain("Благодарственное письмо"), MAY_20));
        fixture.given(inStage(ProgramStage.FINAL))
                .when(new AwardMentor(PROGRAM, MENTEE_ANNA, "Грамота", MAY_20), CURATOR)
                .expectException(refused("participant.not-a-mentor", MENTEE_ANNA.toString()));
    }

    @Test
    void aSurveyRecordsTheParticipantsRole() {
        fixture.given(inStage(ProgramStage.MONITORING))
                .when(new RecordSatisfaction(PROGRAM, MENTOR_PUPIL, 85, MAY_20), CURATOR)
                .expectEvents(new SatisfactionSurveyed(PROGRAM, MENTOR_PUPIL, ParticipantRole.MENTOR, 85, MAY_20));
    }

    @Test
    void theFinalAssessmentBelongsToMonitoring() {
        fixture.given(inStage(ProgramStage.FINAL))
                .when(new RecordFinalAssessment(PROGRAM, MENTEE_ANNA, Map.of("успеваемость", 80), MAY_20), CURATOR)
                .expectException(refused("program.wrong-stage", "«мониторинг»"));
    }

    @Test
    void aCaseIsWrittenFromAPairTheProgramHasFixed() {
        fixture.given(inStage(ProgramStage.MONITORING))
                .when(new RecordCase(PROGRAM, "Олимпиада", "Описание", null, PairId.random()), CURATOR)
                .expectException(refused("pair.not-fixed", "не закреплена"));
    }

    @Test
    void casesAreNumbered() {
        List<Object> events = inStage(ProgramStage.MONITORING);
        events.add(new CaseRecorded(PROGRAM, 1, PersonalText.plain("Первый кейс"), PersonalText.plain("Описание"), null,
                null));
        fixture.given(events)
                .when(new RecordCase(PROGRAM, "Олимпиада", "Пара подготовила призёра олимпиады", "https://school1.ru"),
                        CURATOR)
                .expectEvents(new CaseRecorded(PROGRAM, 2, PersonalText.plain("Олимпиада"),
                        PersonalText.plain("Пара подготовила призёра олимпиады"), "https://school1.ru", null));
    }

    @Test
    void aMenteeWhoFinishedJoinsTheMentorBaseForTheNextYear() {
        fixture.given(inStage(ProgramStage.MONITORING))
                .when(new MoveMenteeToMentorBase(PROGRAM, MENTEE_BORIS), CURATOR)
                .expectEvents(new MenteeJoinedMentorBase(PROGRAM, MENTEE_BORIS, "2021-2022"));
        List<Object> moved = inStage(ProgramStage.MONITORING);
        moved.add(new MenteeJoinedMentorBase(PROGRAM, MENTEE_BORIS, "2021-2022"));
        fixture.given(moved)
                .when(new MoveMenteeToMentorBase(PROGRAM, MENTEE_BORIS), CURATOR)
                .expectException(refused("mentee.already-moved", "уже переведён"));
    }

    @Test
    void completionNamesWhatMonitoringStillLacks() {
        fixture.given(inStage(ProgramStage.MONITORING))
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.COMPLETED), CURATOR)
                .expectException(unmet("mentee-survey-missing", "mentor-survey-missing", "final-assessment-missing",
                        "report-missing"));
        List<Object> oneMissing = monitoringDone();
        oneMissing.removeIf(event -> event instanceof FinalAssessmentRecorded assessment
                && assessment.personId().equals(MENTEE_VERA));
        fixture.given(oneMissing)
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.COMPLETED), CURATOR)
                .expectException(unmetFor("final-assessment-missing", MENTEE_VERA));
    }

    @Test
    void completesWhenMonitoringIsDone() {
        fixture.given(monitoringDone())
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.COMPLETED), CURATOR)
                .expectEvents(new ProgramStageAdvanced(PROGRAM, ProgramStage.MONITORING, ProgramStage.COMPLETED),
                        new ProgramCompleted(PROGRAM));
    }

    @Test
    void aCompletedProgramTakesNoMoreChanges() {
        List<Object> events = monitoringDone();
        events.add(new ProgramStageAdvanced(PROGRAM, ProgramStage.MONITORING, ProgramStage.COMPLETED));
        events.add(new ProgramCompleted(PROGRAM));
        fixture.given(events)
                .when(new RecordInformingEvent(PROGRAM, InformingEventKind.SITE_PUBLICATION, MAY_20, 0), CURATOR)
                .expectException(refused("program.completed", "завершена"));
        fixture.given(events)
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.COMPLETED), CURATOR)
                .expectException(refused("program.stage-out-of-order", "«программа завершена»"));
    }

    @Test
    void onlyMenteesWhoFinishedInAPairMoveToTheMentorBase() {
        List<Object> events = inMatching();
        events.add(new MenteeEnrolled(PROGRAM, person(4), MenteeCategory.STUDENT, 16, null, "10А", PersonalText.plain("Профориентация"),
                RequestSource.SELF, LocalDate.of(2020, 9, 21)));
        events.addAll(inStage(ProgramStage.MONITORING).subList(inMatching().size(), inStage(ProgramStage.MONITORING).size()));
        fixture.given(events)
                .when(new MoveMenteeToMentorBase(PROGRAM, person(4)), CURATOR)
                .expectException(refused("mentee.not-finished", "прошедшие программу в паре"));
    }

    @Test
    void theFinalEventBelongsToTheFinalStage() {
        fixture.given(inStage(ProgramStage.MEETINGS))
                .when(new RecordFinalEvent(PROGRAM, MAY_20, "Итоги", Set.of(MENTEE_ANNA)), CURATOR)
                .expectException(refused("program.wrong-stage", "«заключительный»"));
    }

    @Test
    void aSurveyNeedsAValidConsent() {
        List<Object> events = inStage(ProgramStage.MONITORING);
        events.add(new PersonalDataConsentWithdrawn(PROGRAM, MENTEE_VERA, MAY_20));
        fixture.given(events)
                .when(new RecordSatisfaction(PROGRAM, MENTEE_VERA, 70, MAY_20), CURATOR)
                .expectException(refused("participant.consent-missing", MENTEE_VERA.toString()));
    }
}
