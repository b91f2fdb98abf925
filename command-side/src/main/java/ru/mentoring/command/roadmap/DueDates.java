package ru.mentoring.command.roadmap;

import ru.mentoring.api.roadmap.ItemSchedule;
import ru.mentoring.api.roadmap.PlanPeriod;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates an item's occurrences are due, from its schedule within the plan's period.
 */
final class DueDates {

    private DueDates() {
    }

    static List<LocalDate> of(ItemSchedule schedule, PlanPeriod period) {
        if (schedule.recurrence() == null) {
            return schedule.end() == null ? List.of() : List.of(schedule.end());
        }
        return switch (schedule.recurrence()) {
            case ANNUALLY -> annually(schedule, period);
            case MONTHLY -> monthly(schedule, period);
            case THROUGHOUT_PERIOD, CONTINUOUSLY -> List.of(schedule.end() != null ? schedule.end() : period.endsOn());
            case AS_NEEDED -> List.of();
        };
    }

    /** Every year of the period from the item's first year on, on the day of the item's end (31 December if none). */
    private static List<LocalDate> annually(ItemSchedule schedule, PlanPeriod period) {
        LocalDate anchor = schedule.end() != null ? schedule.end() : LocalDate.of(period.firstYear(), 12, 31);
        LocalDate first = schedule.start() != null ? schedule.start() : anchor;
        List<LocalDate> dates = new ArrayList<>();
        for (int year = Math.min(first.getYear(), anchor.getYear()); year <= period.lastYear(); year++) {
            LocalDate due = anchor.withYear(year);
            if (!due.isBefore(first) && period.contains(due)) {
                dates.add(due);
            }
        }
        return dates;
    }

    /** The last day of every month between the item's start and end (the period's bounds if none). */
    private static List<LocalDate> monthly(ItemSchedule schedule, PlanPeriod period) {
        LocalDate from = schedule.start() != null ? schedule.start() : period.startsOn();
        LocalDate to = schedule.end() != null ? schedule.end() : period.endsOn();
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate endOfMonth = month.atEndOfMonth();
            dates.add(endOfMonth.isAfter(to) ? to : endOfMonth);
        }
        return dates;
    }
}
