package ru.mentoring.command.pair;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.IndividualPlanAmended;
import ru.mentoring.api.pair.IndividualPlanApproved;
import ru.mentoring.api.pair.PlanActivity;
import ru.mentoring.api.pair.PlanActivityCompleted;
import ru.mentoring.api.pair.PlannedActivity;
import ru.mentoring.command.common.DomainRuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The pair's individual plan (индивидуальный план): its activities, which are done and how, its revision. Part of
 * the Pair aggregate; it does the plan's arithmetic.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class IndividualPlan {

    /** The activities of the current plan, their texts sealed about the pair's people. */
    private final List<PlannedActivity> activities = new ArrayList<>();
    /** The activities of the current plan done, by number: an amendment keeps those it still numbers. */
    private final Map<Integer, Completion> done = new HashMap<>();
    private int revision;

    /** An activity done: on which day, and what shows it. */
    record Completion(LocalDate on, PersonalText evidence) {
    }

    /** The activities numbered 1, 2, 3 … in the order given, whatever numbers they came with. */
    static List<PlanActivity> numbered(List<PlanActivity> activities) {
        return IntStream.range(0, activities.size())
                .mapToObj(i -> new PlanActivity(i + 1, activities.get(i).title().strip(), activities.get(i).dueDate(),
                        activities.get(i).expectedResult() == null ? null : activities.get(i).expectedResult().strip()))
                .toList();
    }

    boolean approved() {
        return revision > 0;
    }

    int revision() {
        return revision;
    }

    /** The activities as pages and journals show them. */
    List<PlanActivity> activities() {
        return activities.stream().map(PlannedActivity::shown).toList();
    }

    /** How each activity of the current plan that is done was done; an open one is not in it. */
    Map<Integer, Completion> done() {
        return Map.copyOf(done);
    }

    /** Percent of the plan's activities done, rounded down; 0 before there is a plan. */
    int completionPercent() {
        return activities.isEmpty() ? 0 : 100 * done.size() / activities.size();
    }

    void requireApproved() {
        if (!approved()) {
            throw new DomainRuleViolation("pair.plan-not-approved", "Индивидуальный план ещё не утверждён");
        }
    }

    void requireNotApproved() {
        if (approved()) {
            throw new DomainRuleViolation("pair.plan-already-approved",
                    "Индивидуальный план уже утверждён; изменения вносятся корректировкой с указанием причины");
        }
    }

    void requireOpenActivity(int number) {
        requireApproved();
        if (number < 1 || number > activities.size()) {
            throw new DomainRuleViolation("pair.plan-activity-unknown",
                    "В плане нет мероприятия № " + number + " (всего " + activities.size() + ")");
        }
        if (done.containsKey(number)) {
            throw new DomainRuleViolation("pair.plan-activity-done", "Мероприятие № " + number + " уже выполнено");
        }
    }

    /** Percent of the plan's activities done once this one is, rounded down. */
    int completionPercentWith(int number) {
        Set<Integer> after = new HashSet<>(done.keySet());
        after.add(number);
        return 100 * after.size() / activities.size();
    }

    @EventSourcingHandler
    void on(IndividualPlanApproved event) {
        activities.clear();
        activities.addAll(event.activities());
        revision = 1;
    }

    @EventSourcingHandler
    void on(IndividualPlanAmended event) {
        activities.clear();
        activities.addAll(event.activities());
        done.keySet().removeIf(number -> number > activities.size());
        revision = event.revision();
    }

    /**
     * The aggregate completes only an activity its plan has, but a view by business date can count a completion
     * without the plan's approval (when the approval bears a later date than the completion): then it changes
     * nothing, as there is no plan yet to mark.
     */
    @EventSourcingHandler
    void on(PlanActivityCompleted event) {
        if (event.number() >= 1 && event.number() <= activities.size()) {
            done.put(event.number(), new Completion(event.completedOn(), event.evidence()));
        }
    }
}
