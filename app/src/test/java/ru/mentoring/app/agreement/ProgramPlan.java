package ru.mentoring.app.agreement;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.MentorCategory;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramStage;

/**
 * How far a generated program goes and how it gets there: which people, which paperwork, which detours — a
 * proposal withdrawn, one made after the order, a second order, a pair dissolved at some stage (after the
 * program is completed too), a step left out so that leaving its stage is refused. {@link ProgramRun} turns it
 * into commands; most are accepted, the few that a left-out step or a detour makes refused are part of the
 * sequence.
 */
record ProgramPlan(ProgramStage target, People people, Paperwork paperwork, Course course) {

    /** Who mentors whom, by the categories a form admits. */
    enum Pairing {
        TEACHER_STUDENT(MentoringForm.TEACHER_STUDENT, MenteeCategory.STUDENT, MentorCategory.TEACHER),
        STUDENT_STUDENT(MentoringForm.STUDENT_STUDENT, MenteeCategory.STUDENT, MentorCategory.STUDENT),
        TEACHER_TEACHER(MentoringForm.TEACHER_TEACHER, MenteeCategory.YOUNG_SPECIALIST, MentorCategory.TEACHER);

        final MentoringForm form;
        final MenteeCategory mentee;
        final MentorCategory mentor;

        Pairing(MentoringForm form, MenteeCategory mentee, MentorCategory mentor) {
            this.form = form;
            this.mentee = mentee;
            this.mentor = mentor;
        }
    }

    /** A step left out, so that some stage cannot be left (or {@code NONE}). */
    enum Gap { NONE, NO_CURATOR, NO_TARGETS, NO_BASELINE, NO_INTERVIEW_PASSED, NO_TRAINING, NO_GROUP_MEETING,
        NO_FINAL_EVENT, NO_SURVEYS, NO_REPORT }

    /**
     * @param capacity how many mentees each mentor may take: with fewer than the mentees need, a proposal is refused
     * @param youngest the age of the first pupil (a minor's consent is signed by a representative)
     */
    record People(Pairing pairing, int mentees, int mentors, int capacity, int youngest) {
    }

    /**
     * @param documentAgain a second document of a kind already registered
     * @param secondCurator a second curator appointed, or the same one again (refused)
     * @param earlyAdvance  an attempt to leave preparation before it is done (refused)
     */
    record Paperwork(boolean documentAgain, int secondCurator, int informing, boolean secondForm,
                     boolean earlyAdvance) {
    }

    /**
     * @param withdrawFirst a proposal withdrawn and made again under a new id
     * @param lateProposal  the last mentee proposed after the order, so only a second order fixes the pair
     * @param dissolveAt    the stage at which the first fixed pair is dissolved, {@code null} for none
     * @param allPresent    everyone of the fixed pairs at the final event, or all but one
     */
    record Course(boolean withdrawFirst, boolean lateProposal, boolean secondOrder, ProgramStage dissolveAt,
                  boolean allPresent, Gap gap) {
    }

    static Arbitrary<ProgramPlan> any() {
        Arbitrary<ProgramStage> target = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(ProgramStage.PREPARATION)),
                Tuple.of(2, Arbitraries.just(ProgramStage.MATCHING)),
                Tuple.of(2, Arbitraries.just(ProgramStage.MEETINGS)),
                Tuple.of(1, Arbitraries.just(ProgramStage.FINAL)),
                Tuple.of(1, Arbitraries.just(ProgramStage.MONITORING)),
                Tuple.of(3, Arbitraries.just(ProgramStage.COMPLETED)));
        Arbitrary<People> people = Combinators.combine(Arbitraries.of(Pairing.class),
                Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 2),
                Arbitraries.integers().between(1, 2), Arbitraries.integers().between(10, 17)).as(People::new);
        Arbitrary<Paperwork> paperwork = Combinators.combine(rarely(), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 2), rarely(), rarely()).as(Paperwork::new);
        Arbitrary<ProgramStage> dissolveAt = Arbitraries.of(ProgramStage.MATCHING, ProgramStage.MEETINGS,
                ProgramStage.FINAL, ProgramStage.MONITORING, ProgramStage.COMPLETED).injectNull(0.6);
        Arbitrary<Gap> gap = Arbitraries.frequencyOf(
                Tuple.of(24, Arbitraries.just(Gap.NONE)),
                Tuple.of(6, Arbitraries.of(Gap.class).filter(g -> g != Gap.NONE)));
        Arbitrary<Course> course = Combinators.combine(rarely(), rarely(), rarely(), dissolveAt,
                Arbitraries.of(true, false), gap).as(Course::new);
        return Combinators.combine(target, people, paperwork, course).as(ProgramPlan::new);
    }

    /** True about one time in four. */
    private static Arbitrary<Boolean> rarely() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true)));
    }
}
