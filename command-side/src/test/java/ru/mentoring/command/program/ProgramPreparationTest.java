package ru.mentoring.command.program;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.program.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static ru.mentoring.command.program.ProgramFixtures.CURATOR;
import static ru.mentoring.command.program.ProgramFixtures.refused;
import static ru.mentoring.command.program.ProgramFixtures.unmet;
import static ru.mentoring.command.program.ProgramFixtures.unmetFor;
import static ru.mentoring.command.program.ProgramMother.*;

class ProgramPreparationTest {

    private AggregateTestFixture<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProgramFixtures.fixture();
    }

    @Test
    void registersTheProgramsDocuments() {
        fixture.given(created())
                .when(new RegisterProgramDocument(PROGRAM, ProgramDocumentKind.IMPLEMENTATION_ORDER, " 110-о ",
                        LocalDate.of(2020, 8, 27), "О внедрении целевой модели"), CURATOR)
                .expectEvents(new ProgramDocumentRegistered(PROGRAM, ProgramDocumentKind.IMPLEMENTATION_ORDER, "110-о",
                        LocalDate.of(2020, 8, 27), "О внедрении целевой модели"));
    }

    @Test
    void choosesFormsOfMentoring() {
        fixture.given(created())
                .when(new ChooseMentoringForms(PROGRAM, Set.of(MentoringForm.TEACHER_STUDENT)), CURATOR)
                .expectEvents(new MentoringFormsChosen(PROGRAM, Set.of(MentoringForm.TEACHER_STUDENT)));
    }

    @Test
    void enrollsAMenteeWithTheirRequest() {
        fixture.given(created())
                .when(new EnrollMentee(PROGRAM, MENTEE_ANNA, MenteeCategory.STUDENT, 13, null, "7А",
                        "Затруднения в учёбе, адаптация", RequestSource.CLASS_TEACHER, SEPTEMBER_1), CURATOR)
                .expectEvents(mentee(MENTEE_ANNA, 13, "7А"));
    }

    @Test
    void cannotEnrollOnePersonTwiceInOneProgram() {
        fixture.given(created(), mentee(MENTEE_ANNA, 13, "7А"))
                .when(new EnrollMentor(PROGRAM, MENTEE_ANNA, MentorCategory.STUDENT, 13, null, "Шахматы", 1, null,
                        SEPTEMBER_1), CURATOR)
                .expectNoEvents()
                .expectException(refused("participant.already-enrolled", "уже входит в базу наставляемых"));
    }

    @Test
    void aStudentMenteeNeedsAnAge() {
        fixture.given(created())
                .when(new EnrollMentee(PROGRAM, MENTEE_ANNA, MenteeCategory.STUDENT, null, null, "7А", "Адаптация",
                        RequestSource.SELF, SEPTEMBER_1), CURATOR)
                .expectException(refused("participant.age-missing", "возраст"));
    }

    @Test
    void aYoungSpecialistHasAtMostThreeYearsOfExperience() {
        fixture.given(created())
                .when(new EnrollMentee(PROGRAM, person(40), MenteeCategory.YOUNG_SPECIALIST, null, 5, null,
                        "Методика урока", RequestSource.ADMINISTRATION, SEPTEMBER_1), CURATOR)
                .expectException(refused("mentee.not-young-specialist", "от 0 до 3 лет"));
    }

    @Test
    void anEmployersMentorNamesTheEnterprise() {
        fixture.given(created())
                .when(new EnrollMentor(PROGRAM, person(41), MentorCategory.EMPLOYER_REPRESENTATIVE, null, 20,
                        "Нефтедобыча", 3, " ", SEPTEMBER_1), CURATOR)
                .expectException(refused("mentor.enterprise-missing", "предприятие"));
    }

    @Test
    void aMinorsConsentIsGivenByALegalRepresentative() {
        fixture.given(created(), mentee(MENTEE_ANNA, 13, "7А"))
                .when(new GiveConsent(PROGRAM, MENTEE_ANNA, ConsentGiver.PARTICIPANT, SEPTEMBER_1), CURATOR)
                .expectNoEvents()
                .expectException(refused("consent.minor-needs-representative", "Участнику 13 лет: по настройке по "
                        + "умолчанию за участников младше 18 лет согласие на обработку персональных данных даёт "
                        + "законный представитель"));
        fixture.given(created(), mentee(MENTEE_ANNA, 13, "7А"))
                .when(new GiveConsent(PROGRAM, MENTEE_ANNA, ConsentGiver.LEGAL_REPRESENTATIVE, SEPTEMBER_1), CURATOR)
                .expectEvents(new PersonalDataConsentGiven(PROGRAM, MENTEE_ANNA, ConsentGiver.LEGAL_REPRESENTATIVE,
                        SEPTEMBER_1));
    }

    @Test
    void bySeed004ASixteenYearOldNeedsARepresentative() {
        fixture = ProgramFixtures.fixture(program -> new GuardianConsentAge(18, "Ханты-Мансийский автономный округ"));
        fixture.given(created(), mentee(MENTEE_ANNA, 16, "10А"))
                .when(new GiveConsent(PROGRAM, MENTEE_ANNA, ConsentGiver.PARTICIPANT, SEPTEMBER_1), CURATOR)
                .expectException(refused("consent.minor-needs-representative", "Участнику 16 лет: в регионе "
                        + "«Ханты-Мансийский автономный округ» за участников младше 18 лет"));
    }

    @Test
    void whereTheRegionAsksRepresentativesUnder14AFifteenYearOldSignsTheirOwn() {
        fixture = ProgramFixtures.fixture(program -> new GuardianConsentAge(14, "Омская область"));
        fixture.given(created(), mentee(MENTEE_ANNA, 15, "9А"))
                .when(new GiveConsent(PROGRAM, MENTEE_ANNA, ConsentGiver.PARTICIPANT, SEPTEMBER_1), CURATOR)
                .expectEvents(new PersonalDataConsentGiven(PROGRAM, MENTEE_ANNA, ConsentGiver.PARTICIPANT,
                        SEPTEMBER_1));
        fixture.given(created(), mentee(MENTEE_ANNA, 15, "9А"))
                .when(new GiveConsent(PROGRAM, MENTEE_ANNA, ConsentGiver.LEGAL_REPRESENTATIVE, SEPTEMBER_1), CURATOR)
                .expectException(refused("consent.adult-signs-own", "Участнику 15 лет: в регионе «Омская область» "
                        + "законный представитель даёт согласие только за участников младше 14 лет, участник даёт "
                        + "согласие сам"));
        fixture.given(created(), mentee(MENTEE_ANNA, 13, "7А"))
                .when(new GiveConsent(PROGRAM, MENTEE_ANNA, ConsentGiver.PARTICIPANT, SEPTEMBER_1), CURATOR)
                .expectException(refused("consent.minor-needs-representative",
                        "в регионе «Омская область» за участников младше 14 лет"));
    }

    @Test
    void anAdultSignsTheirOwnConsent() {
        fixture.given(created(), teacherMentor())
                .when(new GiveConsent(PROGRAM, MENTOR_TEACHER, ConsentGiver.LEGAL_REPRESENTATIVE, SEPTEMBER_1), CURATOR)
                .expectException(refused("consent.adult-signs-own", "Участник даёт согласие сам"));
    }

    @Test
    void consentCanBeWithdrawnAndGivenAgain() {
        PersonalDataConsentGiven given = new PersonalDataConsentGiven(PROGRAM, MENTOR_TEACHER,
                ConsentGiver.PARTICIPANT, SEPTEMBER_1);
        fixture.given(created(), teacherMentor(), given)
                .when(new WithdrawConsent(PROGRAM, MENTOR_TEACHER, LocalDate.of(2020, 10, 5)), CURATOR)
                .expectEvents(new PersonalDataConsentWithdrawn(PROGRAM, MENTOR_TEACHER, LocalDate.of(2020, 10, 5)));
        fixture.given(created(), teacherMentor(), given,
                        new PersonalDataConsentWithdrawn(PROGRAM, MENTOR_TEACHER, LocalDate.of(2020, 10, 5)))
                .when(new GiveConsent(PROGRAM, MENTOR_TEACHER, ConsentGiver.PARTICIPANT, LocalDate.of(2020, 10, 9)),
                        CURATOR)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotWithdrawAConsentNeverGiven() {
        fixture.given(created(), teacherMentor())
                .when(new WithdrawConsent(PROGRAM, MENTOR_TEACHER, SEPTEMBER_1), CURATOR)
                .expectException(refused("participant.consent-missing", "нет действующего согласия"));
    }

    @Test
    void noAssessmentWithoutConsent() {
        fixture.given(created(), mentee(MENTEE_ANNA, 13, "7А"))
                .when(new RecordBaselineAssessment(PROGRAM, MENTEE_ANNA, Map.of("успеваемость", 60), SEPTEMBER_1),
                        CURATOR)
                .expectException(refused("participant.consent-missing", "нет действующего согласия"));
    }

    @Test
    void onlyMentorsAreInterviewed() {
        fixture.given(created(), mentee(MENTEE_ANNA, 13, "7А"))
                .when(new RecordMentorInterview(PROGRAM, MENTEE_ANNA, SEPTEMBER_1, false, true), CURATOR)
                .expectException(refused("participant.not-a-mentor", "не входит в базу наставников"));
    }

    @Test
    void trainingSessionsAreNumberedAndAttendedByMentorsOnly() {
        fixture.given(created(), teacherMentor(), pupilMentor(),
                        new MentorTrainingHeld(PROGRAM, 1, SEPTEMBER_1, "Роль наставника", Set.of(MENTOR_TEACHER)))
                .when(new RecordMentorTraining(PROGRAM, LocalDate.of(2020, 9, 15), "Методы работы",
                        Set.of(MENTOR_TEACHER, MENTOR_PUPIL)), CURATOR)
                .expectEvents(new MentorTrainingHeld(PROGRAM, 2, LocalDate.of(2020, 9, 15), "Методы работы",
                        Set.of(MENTOR_TEACHER, MENTOR_PUPIL)));
        fixture.given(created(), teacherMentor(), mentee(MENTEE_ANNA, 13, "7А"))
                .when(new RecordMentorTraining(PROGRAM, SEPTEMBER_1, "Роль наставника",
                        Set.of(MENTOR_TEACHER, MENTEE_ANNA)), CURATOR)
                .expectException(refused("participant.not-a-mentor", MENTEE_ANNA.toString()));
    }

    @Test
    void theBaseOfMenteesIsFormedWhenEveryMenteeConsented() {
        fixture.given(created(), mentee(MENTEE_ANNA, 13, "7А"), mentee(MENTEE_BORIS, 15, "9Б"),
                        new PersonalDataConsentGiven(PROGRAM, MENTEE_ANNA, ConsentGiver.LEGAL_REPRESENTATIVE, SEPTEMBER_1))
                .when(new FormMenteeBase(PROGRAM), CURATOR)
                .expectException(refused("program.base-without-consent", "1 участн."));
        fixture.given(created(), mentee(MENTEE_ANNA, 13, "7А"),
                        new PersonalDataConsentGiven(PROGRAM, MENTEE_ANNA, ConsentGiver.LEGAL_REPRESENTATIVE, SEPTEMBER_1))
                .when(new FormMenteeBase(PROGRAM), CURATOR)
                .expectEvents(new MenteeBaseFormed(PROGRAM, 1));
    }

    @Test
    void anEmptyBaseCannotBeFormed() {
        fixture.given(created())
                .when(new FormMentorBase(PROGRAM), CURATOR)
                .expectException(refused("program.base-empty", "нет ни одного участника"));
    }

    @Test
    void leavingPreparationNamesEveryUnmetCondition() {
        fixture.given(created())
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.MATCHING), CURATOR)
                .expectNoEvents()
                .expectException(unmet("documents-missing", "curator-missing", "forms-missing", "targets-missing",
                        "informing-missing", "mentees-missing", "mentors-missing", "mentee-base-not-formed",
                        "mentor-base-not-formed"));
    }

    @Test
    void leavingPreparationNamesThePeopleWithoutConsentOrTraining() {
        List<Object> events = new ArrayList<>(preparationDone());
        events.removeIf(event -> event instanceof PersonalDataConsentGiven given
                && given.personId().equals(MENTEE_BORIS) || event instanceof MentorTrainingHeld);
        fixture.given(events)
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.MATCHING), CURATOR)
                .expectException(unmetFor("consent-missing", MENTEE_BORIS));
        fixture.given(events)
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.MATCHING), CURATOR)
                .expectException(unmetFor("training-missing", MENTOR_TEACHER, MENTOR_PUPIL));
    }

    @Test
    void leavesPreparationWhenEverythingHolds() {
        fixture.given(preparationDone())
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.MATCHING), CURATOR)
                .expectEvents(new ProgramStageAdvanced(PROGRAM, ProgramStage.PREPARATION, ProgramStage.MATCHING));
    }

    @Test
    void stagesCannotBeSkipped() {
        fixture.given(preparationDone())
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.MEETINGS), CURATOR)
                .expectException(refused("program.stage-out-of-order", "следующий этап — «формирование пар и групп»"));
    }

    @Test
    void formsCannotChangeOncePreparationIsOver() {
        fixture.given(inMatching())
                .when(new ChooseMentoringForms(PROGRAM, Set.of(MentoringForm.EMPLOYER_STUDENT)), CURATOR)
                .expectException(refused("program.wrong-stage", "на этапе «формирование пар и групп»"));
    }

    @Test
    void theSamePersonIsAMenteeInOneYearAndAMentorInTheNext() {
        PersonId person = MENTEE_BORIS;
        fixture.given(new ProgramCreated(PROGRAM, SCHOOL_1, AcademicPeriod.parse("2021-2022"), "Программа 2021-2022"))
                .when(new EnrollMentor(PROGRAM, person, MentorCategory.STUDENT, 16, null, "Математика", 1, null,
                        LocalDate.of(2021, 9, 1)), CURATOR)
                .expectEvents(new MentorEnrolled(PROGRAM, person, MentorCategory.STUDENT, 16, null, PersonalText.plain("Математика"), 1,
                        null, LocalDate.of(2021, 9, 1)));
    }

    @Test
    void aConsentIsNotGivenTwice() {
        fixture.given(created(), teacherMentor(),
                        new PersonalDataConsentGiven(PROGRAM, MENTOR_TEACHER, ConsentGiver.PARTICIPANT, SEPTEMBER_1))
                .when(new GiveConsent(PROGRAM, MENTOR_TEACHER, ConsentGiver.PARTICIPANT, SEPTEMBER_1), CURATOR)
                .expectException(refused("consent.already-given", "уже получено"));
    }

    @Test
    void stepsAboutPeopleNeedThemEnrolled() {
        fixture.given(created())
                .when(new GiveConsent(PROGRAM, MENTEE_ANNA, ConsentGiver.LEGAL_REPRESENTATIVE, SEPTEMBER_1), CURATOR)
                .expectException(refused("participant.not-enrolled", MENTEE_ANNA.toString()));
    }

    @Test
    void aBaseIsFormedOnce() {
        List<Object> events = preparationDone();
        fixture.given(events)
                .when(new FormMenteeBase(PROGRAM), CURATOR)
                .expectException(refused("program.base-already-formed", "уже сформирована"));
    }

    @Test
    void theBaselineAssessmentBelongsToPreparation() {
        fixture.given(inMatching())
                .when(new RecordBaselineAssessment(PROGRAM, MENTEE_ANNA, Map.of("успеваемость", 60),
                        LocalDate.of(2020, 9, 30)), CURATOR)
                .expectException(refused("program.wrong-stage", "входную оценку"));
    }
}
