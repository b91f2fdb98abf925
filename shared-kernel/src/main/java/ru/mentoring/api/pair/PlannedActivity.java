package ru.mentoring.api.pair;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity of a pair's individual plan as the plan's events carry it: its title and expected result are texts
 * about the pair's people ({@link PersonalText}), since a plan is written for one mentee ("Маша выступит на
 * конференции") and is erased with them. The commands carry {@link PlanActivity}.
 */
public record PlannedActivity(int number, PersonalText title, LocalDate dueDate, PersonalText expectedResult) {

    /** The activity written by a command, its texts about the given people. */
    public static PlannedActivity about(List<PersonId> people, PlanActivity activity) {
        return new PlannedActivity(activity.number(), PersonalText.about(people, activity.title()),
                activity.dueDate(), PersonalText.about(people, activity.expectedResult()));
    }

    /** Activities whose texts are about no one: as a plan was stored before its texts were sealed. */
    public static List<PlannedActivity> plain(List<PlanActivity> activities) {
        return activities.stream().map(activity -> new PlannedActivity(activity.number(),
                PersonalText.plain(activity.title()), activity.dueDate(),
                PersonalText.plain(activity.expectedResult()))).toList();
    }

    /** The activity as pages and journals show it: erased texts read «(удалено)». */
    public PlanActivity shown() {
        return new PlanActivity(number, PersonalText.shown(title), dueDate, PersonalText.shown(expectedResult));
    }
}
