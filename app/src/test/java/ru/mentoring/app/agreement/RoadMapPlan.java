package ru.mentoring.app.agreement;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import ru.mentoring.api.roadmap.RoadMapLevel;

import java.util.List;

/**
 * A generated road map: its level, the steps taken while it is drafted, approved and amended, and the steps taken
 * on its items once the deadlines of the dates already past have marked them overdue ({@code later}) — completing
 * an occurrence of an overdue monthly item, revising or cancelling an overdue one. {@link RoadMapRun} turns each
 * into a command; an item is named by its place among the items planned, modulo their number.
 */
record RoadMapPlan(RoadMapLevel level, List<Step> steps, List<Step> later) {

    /** How an item is due: once, every month between two dates, by the end of the plan, or as needed. */
    enum Kind { ONE_OFF, MONTHLY, THROUGHOUT, AS_NEEDED }

    sealed interface Step permits Section, Plan, Batch, Revise, Start, Complete, CompleteOccurrence, Cancel, Approve,
            Amend {
    }

    record Section() implements Step {
    }

    /**
     * @param month  the month of the plan's period the item starts in, from 0
     * @param months how many months it runs
     */
    record Plan(int section, Kind kind, int month, int months) implements Step {
    }

    /** Several one-off items planned at once, as an import does. */
    record Batch(int section, int items, int month) implements Step {
    }

    record Revise(int item, Kind kind, int month, int months) implements Step {
    }

    record Start(int item) implements Step {
    }

    record Complete(int item) implements Step {
    }

    /** Completes the {@code occurrence}-th open occurrence (modulo their number) of the item. */
    record CompleteOccurrence(int item, int occurrence) implements Step {
    }

    record Cancel(int item) implements Step {
    }

    record Approve() implements Step {
    }

    record Amend() implements Step {
    }

    static Arbitrary<RoadMapPlan> any() {
        Arbitrary<Integer> item = Arbitraries.integers().between(0, 9);
        Arbitrary<Integer> month = Arbitraries.integers().between(0, 23);
        Arbitrary<Integer> months = Arbitraries.integers().between(0, 3);
        Arbitrary<Kind> kind = Arbitraries.of(Kind.class);
        Arbitrary<Step> onItems = Arbitraries.frequencyOf(
                Tuple.of(2, Combinators.combine(item, kind, month, months).as(Revise::new)),
                Tuple.of(2, item.map(Start::new)),
                Tuple.of(2, item.map(Complete::new)),
                Tuple.of(3, Combinators.combine(item, Arbitraries.integers().between(0, 3))
                        .as(CompleteOccurrence::new)),
                Tuple.of(1, item.map(Cancel::new)));
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(new Section())),
                Tuple.of(5, Combinators.combine(Arbitraries.integers().between(0, 2), kind, month, months)
                        .as(Plan::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(1, 3), month).as(Batch::new)),
                Tuple.of(5, onItems),
                Tuple.of(1, Arbitraries.just(new Approve())),
                Tuple.of(1, Arbitraries.just(new Amend())));
        return Combinators.combine(Arbitraries.of(RoadMapLevel.class), step.list().ofMaxSize(12),
                onItems.list().ofMaxSize(3)).as(RoadMapPlan::new);
    }
}
