package ru.mentoring.command.program;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static ru.mentoring.command.program.ProgramFixtures.CURATOR;
import static ru.mentoring.command.program.ProgramFixtures.refused;
import static ru.mentoring.command.program.ProgramFixtures.unmet;
import static ru.mentoring.command.program.ProgramMother.*;

class ProgramMatchingTest {

    private AggregateTestFixture<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProgramFixtures.fixture();
    }

    private static ProposePair propose(PairId pair, MentoringForm form, InteractionFormat format, Set<ru.mentoring.api.common.PersonId> mentors,
                                       Set<ru.mentoring.api.common.PersonId> mentees) {
        return new ProposePair(PROGRAM, pair, form, format, null, mentors, mentees);
    }

    @Test
    void preferencesAreRecordedAfterTheGroupMeeting() {
        List<Object> beforeMeeting = new ArrayList<>(inMatching());
        beforeMeeting.removeIf(GroupMeetingHeld.class::isInstance);
        fixture.given(beforeMeeting)
                .when(new RecordPreferences(PROGRAM, MENTEE_ANNA, List.of(MENTOR_TEACHER)), CURATOR)
                .expectException(refused("matching.group-meeting-first", "после групповой встречи"));
        fixture.given(inMatching())
                .when(new RecordPreferences(PROGRAM, MENTEE_ANNA, List.of(MENTOR_TEACHER, MENTOR_PUPIL)), CURATOR)
                .expectEvents(new PreferencesRecorded(PROGRAM, MENTEE_ANNA, ParticipantRole.MENTEE,
                        List.of(MENTOR_TEACHER, MENTOR_PUPIL)));
    }

    @Test
    void aMenteePrefersMentorsNotOtherMentees() {
        fixture.given(inMatching())
                .when(new RecordPreferences(PROGRAM, MENTEE_ANNA, List.of(MENTEE_BORIS)), CURATOR)
                .expectException(refused("matching.preference-same-role", MENTEE_BORIS.toString()));
    }

    @Test
    void proposesAGroupOfOneTeacherAndTwoPupils() {
        fixture.given(inMatching())
                .when(propose(PAIR_1, MentoringForm.TEACHER_STUDENT, InteractionFormat.GROUP, Set.of(MENTOR_TEACHER),
                        Set.of(MENTEE_ANNA, MENTEE_BORIS)), CURATOR)
                .expectEvents(teacherPair());
    }

    @Test
    void aPairNeedsAFormTheProgramChose() {
        fixture.given(inMatching())
                .when(propose(PAIR_1, MentoringForm.EMPLOYER_STUDENT, InteractionFormat.INDIVIDUAL,
                        Set.of(MENTOR_TEACHER), Set.of(MENTEE_ANNA)), CURATOR)
                .expectException(refused("pair.form-not-chosen", "«работодатель – ученик»"));
    }

    @Test
    void theFormMustFitTheMentor() {
        fixture.given(inMatching())
                .when(propose(PAIR_1, MentoringForm.STUDENT_STUDENT, InteractionFormat.INDIVIDUAL,
                        Set.of(MENTOR_TEACHER), Set.of(MENTEE_ANNA)), CURATOR)
                .expectException(refused("pair.form-does-not-fit-mentor", "«ученик – ученик» не подходит наставнику"));
    }

    @Test
    void theFormMustFitTheMentee() {
        List<Object> events = inMatching();
        events.add(new MenteeEnrolled(PROGRAM, person(30), MenteeCategory.YOUNG_SPECIALIST, null, 1, null,
                PersonalText.plain("Методика урока"), RequestSource.ADMINISTRATION, LocalDate.of(2020, 9, 21)));
        events.add(new PersonalDataConsentGiven(PROGRAM, person(30), ConsentGiver.PARTICIPANT, LocalDate.of(2020, 9, 21)));
        fixture.given(events)
                .when(propose(PAIR_1, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL,
                        Set.of(MENTOR_TEACHER), Set.of(person(30))), CURATOR)
                .expectException(refused("pair.form-does-not-fit-mentee", "не подходит наставляемому"));
    }

    @Test
    void aMentorMustBeTrainedBeforePairing() {
        List<Object> events = inMatching();
        events.add(new MentorEnrolled(PROGRAM, person(13), MentorCategory.TEACHER, null, 7, PersonalText.plain("Физика"), 1, null,
                LocalDate.of(2020, 9, 21)));
        events.add(new PersonalDataConsentGiven(PROGRAM, person(13), ConsentGiver.PARTICIPANT, LocalDate.of(2020, 9, 21)));
        events.add(new MentorInterviewRecorded(PROGRAM, person(13), LocalDate.of(2020, 9, 22), false, true));
        fixture.given(events)
                .when(propose(PAIR_1, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL,
                        Set.of(person(13)), Set.of(MENTEE_ANNA)), CURATOR)
                .expectException(refused("pair.mentor-not-trained", "не прошёл обучение"));
    }

    @Test
    void aMentorMustHavePassedTheInterview() {
        List<Object> events = new ArrayList<>(inMatching());
        events.replaceAll(event -> event instanceof MentorInterviewRecorded interview
                && interview.personId().equals(MENTOR_PUPIL)
                ? new MentorInterviewRecorded(PROGRAM, MENTOR_PUPIL, SEPTEMBER_1, true, false) : event);
        fixture.given(events)
                .when(propose(PAIR_2, MentoringForm.STUDENT_STUDENT, InteractionFormat.INDIVIDUAL,
                        Set.of(MENTOR_PUPIL), Set.of(MENTEE_VERA)), CURATOR)
                .expectException(refused("pair.mentor-not-interviewed", "не прошёл собеседование"));
    }

    @Test
    void aMentorTakesNoMoreMenteesThanTheirCapacity() {
        fixture.given(inMatching())
                .when(propose(PAIR_1, MentoringForm.TEACHER_STUDENT, InteractionFormat.GROUP, Set.of(MENTOR_TEACHER),
                        Set.of(MENTEE_ANNA, MENTEE_BORIS, MENTEE_VERA)), CURATOR)
                .expectException(refused("pair.mentor-over-capacity", "не более 2 наставляемых, получилось бы 3"));
    }

    @Test
    void aMenteeIsInOnePairOnly() {
        List<Object> events = inMatching();
        events.add(teacherPair());
        fixture.given(events)
                .when(propose(PAIR_2, MentoringForm.STUDENT_STUDENT, InteractionFormat.INDIVIDUAL,
                        Set.of(MENTOR_PUPIL), Set.of(MENTEE_ANNA)), CURATOR)
                .expectException(refused("pair.mentee-already-matched", "уже входит в другую пару"));
    }

    @Test
    void anIndividualPairIsOneMentorAndOneMentee() {
        fixture.given(inMatching())
                .when(propose(PAIR_1, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL,
                        Set.of(MENTOR_TEACHER), Set.of(MENTEE_ANNA, MENTEE_BORIS)), CURATOR)
                .expectException(refused("pair.individual-needs-one-each", "один наставник и один наставляемый"));
    }

    @Test
    void aMenteeWhoWithdrewConsentCannotBePaired() {
        List<Object> events = inMatching();
        events.add(new PersonalDataConsentWithdrawn(PROGRAM, MENTEE_VERA, LocalDate.of(2020, 9, 25)));
        fixture.given(events)
                .when(propose(PAIR_2, MentoringForm.STUDENT_STUDENT, InteractionFormat.INDIVIDUAL,
                        Set.of(MENTOR_PUPIL), Set.of(MENTEE_VERA)), CURATOR)
                .expectException(refused("participant.consent-missing", MENTEE_VERA.toString()));
    }

    @Test
    void pairsAreProposedOnlyInTheMatchingStage() {
        fixture.given(preparationDone())
                .when(propose(PAIR_2, MentoringForm.STUDENT_STUDENT, InteractionFormat.INDIVIDUAL,
                        Set.of(MENTOR_PUPIL), Set.of(MENTEE_VERA)), CURATOR)
                .expectException(refused("program.wrong-stage", "на этапе «подготовительный»"));
    }

    @Test
    void theHeadsOrderFixesEveryProposedPair() {
        List<Object> events = inMatching();
        events.add(teacherPair());
        events.add(pupilPair());
        fixture.given(events)
                .when(new FixPairsByOrder(PROGRAM, "150-о", LocalDate.of(2020, 10, 1)), CURATOR)
                .expectEvents(new PairsFixedByOrder(PROGRAM, "150-о", LocalDate.of(2020, 10, 1), List.of(
                        new FixedPair(PAIR_1, MentoringForm.TEACHER_STUDENT, InteractionFormat.GROUP, null,
                                Set.of(MENTOR_TEACHER), Set.of(MENTEE_ANNA, MENTEE_BORIS)),
                        new FixedPair(PAIR_2, MentoringForm.STUDENT_STUDENT, InteractionFormat.INDIVIDUAL, null,
                                Set.of(MENTOR_PUPIL), Set.of(MENTEE_VERA))), List.of()));
    }

    @Test
    void anOrderNeedsSomethingToFix() {
        fixture.given(pairsFixed())
                .when(new FixPairsByOrder(PROGRAM, "151-о", LocalDate.of(2020, 10, 2)), CURATOR)
                .expectException(refused("matching.nothing-to-fix", "Нет предложенных пар"));
    }

    @Test
    void aProposalIsWithdrawnUntilItIsFixed() {
        List<Object> events = inMatching();
        events.add(pupilPair());
        fixture.given(events)
                .when(new WithdrawPairProposal(PROGRAM, PAIR_2, "Наставляемый выбрал другого наставника"), CURATOR)
                .expectEvents(new PairProposalWithdrawn(PROGRAM, PAIR_2, PersonalText.plain("Наставляемый выбрал другого наставника")));
        fixture.given(pairsFixed())
                .when(new WithdrawPairProposal(PROGRAM, PAIR_2, "Передумали"), CURATOR)
                .expectException(refused("pair.already-fixed", "уже закреплена приказом"));
    }

    @Test
    void matchingEndsOnlyWhenEveryProposalIsFixed() {
        List<Object> events = pairsFixed();
        events.add(new MenteeEnrolled(PROGRAM, person(4), MenteeCategory.STUDENT, 12, null, "6А", PersonalText.plain("Чтение"),
                RequestSource.PARENTS, LocalDate.of(2020, 10, 5)));
        events.add(new PersonalDataConsentGiven(PROGRAM, person(4), ConsentGiver.LEGAL_REPRESENTATIVE,
                LocalDate.of(2020, 10, 5)));
        events.add(new MentorEnrolled(PROGRAM, person(14), MentorCategory.TEACHER, null, 3, PersonalText.plain("Литература"), 1, null,
                LocalDate.of(2020, 10, 5)));
        events.add(new PersonalDataConsentGiven(PROGRAM, person(14), ConsentGiver.PARTICIPANT, LocalDate.of(2020, 10, 5)));
        events.add(new MentorInterviewRecorded(PROGRAM, person(14), LocalDate.of(2020, 10, 6), false, true));
        events.add(new MentorTrainingHeld(PROGRAM, 2, LocalDate.of(2020, 10, 7), "Роль наставника", Set.of(person(14))));
        events.add(new PairProposed(PROGRAM, new PairId(java.util.UUID.randomUUID()), MentoringForm.TEACHER_STUDENT,
                InteractionFormat.INDIVIDUAL, null, Set.of(person(14)), Set.of(person(4))));
        fixture.given(events)
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.MEETINGS), CURATOR)
                .expectException(unmet("proposals-not-fixed"));
        fixture.given(pairsFixed())
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.MEETINGS), CURATOR)
                .expectEvents(new ProgramStageAdvanced(PROGRAM, ProgramStage.MATCHING, ProgramStage.MEETINGS));
    }

    @Test
    void matchingCannotEndWithoutTheGroupMeetingAndAFixedPair() {
        List<Object> events = new ArrayList<>(inMatching());
        events.removeIf(GroupMeetingHeld.class::isInstance);
        fixture.given(events)
                .when(new AdvanceProgramStage(PROGRAM, ProgramStage.MEETINGS), CURATOR)
                .expectException(unmet("group-meeting-missing", "pairs-not-fixed"));
    }

    @Test
    void onlyAProposedPairCanBeWithdrawn() {
        fixture.given(inMatching())
                .when(new WithdrawPairProposal(PROGRAM, PAIR_1, "Ошибка"), CURATOR)
                .expectException(refused("pair.unknown", "не предлагалась"));
    }

    @Test
    void theGroupMeetingBelongsToMatching() {
        fixture.given(preparationDone())
                .when(new RecordGroupMeeting(PROGRAM, LocalDate.of(2020, 9, 20), 2, 3), CURATOR)
                .expectException(refused("program.wrong-stage", "групповую встречу"));
    }

    @Test
    void pairsFixedTakeTheProgramsFeedbackDates() {
        List<Object> events = inMatching();
        events.add(new FeedbackDatesSet(PROGRAM, List.of(LocalDate.of(2020, 12, 20), LocalDate.of(2021, 4, 15))));
        events.add(pupilPair());
        fixture.given(events)
                .when(new FixPairsByOrder(PROGRAM, "150-о", LocalDate.of(2020, 10, 1)), CURATOR)
                .expectEvents(new PairsFixedByOrder(PROGRAM, "150-о", LocalDate.of(2020, 10, 1), List.of(
                        new FixedPair(PAIR_2, MentoringForm.STUDENT_STUDENT, InteractionFormat.INDIVIDUAL, null,
                                Set.of(MENTOR_PUPIL), Set.of(MENTEE_VERA))),
                        List.of(LocalDate.of(2020, 12, 20), LocalDate.of(2021, 4, 15))));
    }

    @Test
    void menteesOfADissolvedPairCanBeMatchedAgain() {
        List<Object> events = pairsFixed();
        events.add(new MenteesReturnedToBase(PROGRAM, PAIR_2, Set.of(MENTEE_VERA), PersonalText.plain("Наставник выбыл")));
        fixture.given(events)
                .when(propose(PAIR_1B, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL,
                        Set.of(MENTOR_TEACHER), Set.of(MENTEE_VERA)), CURATOR)
                .expectException(refused("pair.mentor-over-capacity", "не более 2"));
        fixture.given(events)
                .when(propose(PAIR_1B, MentoringForm.STUDENT_STUDENT, InteractionFormat.INDIVIDUAL,
                        Set.of(MENTOR_PUPIL), Set.of(MENTEE_VERA)), CURATOR)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRepeatedReturnOfADissolvedPairsMenteesChangesNothing() {
        List<Object> events = pairsFixed();
        events.add(new MenteesReturnedToBase(PROGRAM, PAIR_2, Set.of(MENTEE_VERA), PersonalText.plain("Наставник выбыл")));
        fixture.given(events)
                .when(new ReturnMenteesToBase(PROGRAM, PAIR_2, Set.of(MENTEE_VERA), "Наставник выбыл"), CURATOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** A pair may end after its program is completed, or race the completion: the program no longer counts it. */
    @Test
    void aCompletedProgramStillTakesBackTheMenteesOfAPairDissolvedSince() {
        List<Object> events = pairsFixed();
        events.add(new ProgramStageAdvanced(PROGRAM, ProgramStage.MONITORING, ProgramStage.COMPLETED));
        fixture.given(events)
                .when(new ReturnMenteesToBase(PROGRAM, PAIR_2, Set.of(MENTEE_VERA), "Наставник выбыл"), CURATOR)
                .expectEvents(new MenteesReturnedToBase(PROGRAM, PAIR_2, Set.of(MENTEE_VERA), PersonalText.plain("Наставник выбыл")));
    }

    @Test
    void onlyAFixedPairReturnsItsMentees() {
        List<Object> events = inMatching();
        events.add(pupilPair());
        fixture.given(events)
                .when(new ReturnMenteesToBase(PROGRAM, PAIR_2, Set.of(MENTEE_VERA), "Ошибка"), CURATOR)
                .expectException(refused("pair.not-fixed", "не закреплена"));
    }

    private static final PairId PAIR_1B = new PairId(java.util.UUID.fromString("00000000-0000-4000-8000-0000000000b1"));
}
