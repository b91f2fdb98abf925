package ru.mentoring.app.agreement;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.List;

/**
 * The steps of a generated pair's life, in order: mostly meetings in the prescribed order, the plan approved,
 * amended and worked through, the agreement, feedback, and now and then an end — completion (refused before the
 * final meeting) or dissolution — after which the pair takes nothing more. {@link PairRun} turns each into a command.
 */
record PairPlan(List<Step> steps) {

    sealed interface Step permits Agree, Approve, Amend, Complete, Meet, Feedback, End {
    }

    /** Signs the agreement {@code day} days after the order (a second time is refused). */
    record Agree(int day) implements Step {
    }

    record Approve(int activities) implements Step {
    }

    record Amend(int activities) implements Step {
    }

    /** Completes the activity of this number (taken modulo the plan's size). */
    record Complete(int activity) implements Step {
    }

    /**
     * The next meeting in the prescribed order, {@code days} after the last one (a negative number dates it before
     * the last one, which is refused; no date passes today); after regular meetings, the final one if
     * {@code toFinal}.
     */
    record Meet(int days, boolean toFinal) implements Step {
    }

    record Feedback(boolean fromMentor, int score) implements Step {
    }

    /** Completes the pair, or dissolves it. */
    record End(boolean completed) implements Step {
    }

    static Arbitrary<PairPlan> any() {
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.integers().between(0, 20).map(Agree::new)),
                Tuple.of(2, Arbitraries.integers().between(1, 5).map(Approve::new)),
                Tuple.of(1, Arbitraries.integers().between(1, 6).map(Amend::new)),
                Tuple.of(3, Arbitraries.integers().between(0, 5).map(Complete::new)),
                Tuple.of(6, Combinators.combine(Arbitraries.integers().between(-2, 12),
                        Arbitraries.of(true, false)).as(Meet::new)),
                Tuple.of(2, Combinators.combine(Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 5)).as(Feedback::new)),
                Tuple.of(1, Arbitraries.of(true, false).map(End::new)));
        return step.list().ofMaxSize(14).map(PairPlan::new);
    }
}
