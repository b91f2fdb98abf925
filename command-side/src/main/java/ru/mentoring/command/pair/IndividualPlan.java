package ru.mentoring.command.pair;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import ru.mentoring.api.pair.IndividualPlanAmended;
import ru.mentoring.api.pair.IndividualPlanApproved;
import ru.mentoring.api.pair.PlanActivity;
import ru.mentoring.api.pair.PlanActivityCompleted;
import ru.mentoring.command.common.DomainRuleViolation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The pair's individual plan (индивидуальный план): its activities, which are done, its revision. Part of the
 * Pair aggregate; it does the plan's arithmetic.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class IndividualPlan {

    private final List<PlanActivity> activities = new ArrayList<>();
    private final Set<Integer> done = new HashSet<>();
    private int revision;

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
        if (done.contains(number)) {
            throw new DomainRuleViolation("pair.plan-activity-done", "Мероприятие № " + number + " уже выполнено");
        }
    }

    /** Percent of the plan's activities done once this one is, rounded down. */
    int completionPercentWith(int number) {
        Set<Integer> after = new HashSet<>(done);
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
        done.removeIf(number -> number > activities.size());
        revision = event.revision();
    }

    @EventSourcingHandler
    void on(PlanActivityCompleted event) {
        done.add(event.number());
    }
}
