package ru.mentoring.command.program;

import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A program of a Kogalym school (seed 004) at the end of each stage, as the events that got it there:
 * three mentee students, a teacher mentor and a student mentor, the forms «педагог – ученик» and
 * «ученик – ученик».
 */
final class ProgramMother {

    static final ProgramId PROGRAM = new ProgramId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    static final OrganizationId SCHOOL_1 = new OrganizationId(UUID.fromString("00000000-0000-4000-8000-0000000005c1"));
    static final AcademicPeriod YEAR = AcademicPeriod.parse("2020-2021");
    static final PersonId CURATOR_PERSON = person(100);
    /** Pupil of 7th grade, 13 years old: a minor. */
    static final PersonId MENTEE_ANNA = person(1);
    /** Pupil of 9th grade, 15. */
    static final PersonId MENTEE_BORIS = person(2);
    /** Pupil of 5th grade, 11. */
    static final PersonId MENTEE_VERA = person(3);
    /** A teacher of mathematics, 12 years of experience, takes up to 2 mentees. */
    static final PersonId MENTOR_TEACHER = person(11);
    /** A pupil of 11th grade, 17, takes 1 mentee. */
    static final PersonId MENTOR_PUPIL = person(12);
    static final PairId PAIR_1 = new PairId(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    static final PairId PAIR_2 = new PairId(UUID.fromString("00000000-0000-4000-8000-0000000000a2"));
    static final LocalDate SEPTEMBER_1 = LocalDate.of(2020, 9, 1);

    private ProgramMother() {
    }

    static PersonId person(int number) {
        return new PersonId(UUID.fromString("00000000-0000-4000-9000-%012d".formatted(number)));
    }

    static ProgramCreated created() {
        return new ProgramCreated(PROGRAM, SCHOOL_1, YEAR, "Программа наставничества МАОУ СОШ № 1");
    }

    static MenteeEnrolled mentee(PersonId person, int age, String grade) {
        return new MenteeEnrolled(PROGRAM, person, MenteeCategory.STUDENT, age, null, grade,
                PersonalText.plain("Затруднения в учёбе, адаптация"), RequestSource.CLASS_TEACHER, SEPTEMBER_1);
    }

    static MentorEnrolled teacherMentor() {
        return new MentorEnrolled(PROGRAM, MENTOR_TEACHER, MentorCategory.TEACHER, null, 12,
                PersonalText.plain("Математика, проектная деятельность"), 2, null, SEPTEMBER_1);
    }

    static MentorEnrolled pupilMentor() {
        return new MentorEnrolled(PROGRAM, MENTOR_PUPIL, MentorCategory.STUDENT, 17, null,
                PersonalText.plain("Олимпиады по математике"), 1, null, SEPTEMBER_1);
    }

    /** Everything of preparation, bases formed, but not yet moved on. */
    static List<Object> preparationDone() {
        List<Object> events = new ArrayList<>(List.of(created(),
                new CuratorAppointed(PROGRAM, CURATOR_PERSON, "112-о", LocalDate.of(2020, 8, 28)),
                new ProgramDocumentRegistered(PROGRAM, ProgramDocumentKind.IMPLEMENTATION_ORDER, "110-о",
                        LocalDate.of(2020, 8, 27), "О внедрении целевой модели наставничества"),
                new ProgramDocumentRegistered(PROGRAM, ProgramDocumentKind.PROGRAM_REGULATION, "111-о",
                        LocalDate.of(2020, 8, 27), "Положение о программе наставничества"),
                new ProgramDocumentRegistered(PROGRAM, ProgramDocumentKind.CURATOR_APPOINTMENT_ORDER, "112-о",
                        LocalDate.of(2020, 8, 28), "О назначении куратора"),
                new MentoringFormsChosen(PROGRAM, Set.of(MentoringForm.TEACHER_STUDENT, MentoringForm.STUDENT_STUDENT)),
                new CoverageTargetsSet(PROGRAM, 800, 60, 5, 5),
                new InformingEventRecorded(PROGRAM, InformingEventKind.PEDAGOGICAL_COUNCIL, SEPTEMBER_1, 54),
                mentee(MENTEE_ANNA, 13, "7А"), mentee(MENTEE_BORIS, 15, "9Б"), mentee(MENTEE_VERA, 11, "5В"),
                teacherMentor(), pupilMentor()));
        for (PersonId minor : List.of(MENTEE_ANNA, MENTEE_BORIS, MENTEE_VERA, MENTOR_PUPIL)) {
            events.add(new PersonalDataConsentGiven(PROGRAM, minor, ConsentGiver.LEGAL_REPRESENTATIVE, SEPTEMBER_1));
        }
        events.add(new PersonalDataConsentGiven(PROGRAM, MENTOR_TEACHER, ConsentGiver.PARTICIPANT, SEPTEMBER_1));
        for (PersonId mentee : List.of(MENTEE_ANNA, MENTEE_BORIS, MENTEE_VERA)) {
            events.add(new BaselineAssessmentRecorded(PROGRAM, mentee, Map.of("успеваемость", 60), SEPTEMBER_1));
        }
        events.add(new MentorInterviewRecorded(PROGRAM, MENTOR_TEACHER, SEPTEMBER_1, false, true));
        events.add(new MentorInterviewRecorded(PROGRAM, MENTOR_PUPIL, SEPTEMBER_1, true, true));
        events.add(new MentorTrainingHeld(PROGRAM, 1, LocalDate.of(2020, 9, 10), "Роль наставника",
                Set.of(MENTOR_TEACHER, MENTOR_PUPIL)));
        events.add(new MenteeBaseFormed(PROGRAM, 3));
        events.add(new MentorBaseFormed(PROGRAM, 2));
        return events;
    }

    static List<Object> inMatching() {
        List<Object> events = preparationDone();
        events.add(new ProgramStageAdvanced(PROGRAM, ProgramStage.PREPARATION, ProgramStage.MATCHING));
        events.add(new GroupMeetingHeld(PROGRAM, LocalDate.of(2020, 9, 20), 2, 3));
        return events;
    }

    static PairProposed teacherPair() {
        return new PairProposed(PROGRAM, PAIR_1, MentoringForm.TEACHER_STUDENT, InteractionFormat.GROUP, null,
                Set.of(MENTOR_TEACHER), Set.of(MENTEE_ANNA, MENTEE_BORIS));
    }

    static PairProposed pupilPair() {
        return new PairProposed(PROGRAM, PAIR_2, MentoringForm.STUDENT_STUDENT, InteractionFormat.INDIVIDUAL, null,
                Set.of(MENTOR_PUPIL), Set.of(MENTEE_VERA));
    }

    static List<Object> pairsFixed() {
        List<Object> events = inMatching();
        events.add(teacherPair());
        events.add(pupilPair());
        events.add(new PairsFixedByOrder(PROGRAM, "150-о", LocalDate.of(2020, 10, 1), List.of(
                new FixedPair(PAIR_1, MentoringForm.TEACHER_STUDENT, InteractionFormat.GROUP, null,
                        Set.of(MENTOR_TEACHER), Set.of(MENTEE_ANNA, MENTEE_BORIS)),
                new FixedPair(PAIR_2, MentoringForm.STUDENT_STUDENT, InteractionFormat.INDIVIDUAL, null,
                        Set.of(MENTOR_PUPIL), Set.of(MENTEE_VERA))), List.of()));
        return events;
    }

    static List<Object> inStage(ProgramStage stage) {
        List<Object> events = pairsFixed();
        ProgramStage current = ProgramStage.MATCHING;
        while (current != stage) {
            if (current == ProgramStage.FINAL) {
                events.add(new FinalEventHeld(PROGRAM, LocalDate.of(2021, 5, 20), "Твой результат – мои возможности",
                        Set.of(MENTEE_ANNA, MENTEE_BORIS, MENTEE_VERA, MENTOR_TEACHER, MENTOR_PUPIL), 5));
            }
            events.add(new ProgramStageAdvanced(PROGRAM, current, current.next()));
            current = current.next();
        }
        return events;
    }
}
