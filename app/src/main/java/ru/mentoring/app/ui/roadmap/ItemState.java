package ru.mentoring.app.ui.roadmap;

import ru.mentoring.api.roadmap.RoadMapItemView;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Where one item stands on a day, as a single word for the bar and the timeline: each item counts once, the
 * most pressing state first (done, then overdue, then in progress, then due within 30 days, then planned).
 */
public enum ItemState {
    DONE, OVERDUE, IN_PROGRESS, UPCOMING, PLANNED, CANCELLED;

    /** What is upcoming: due within this many days, as the progress read model counts it. */
    static final int UPCOMING_DAYS = 30;

    static ItemState of(RoadMapItemView item, LocalDate today) {
        return switch (item.status()) {
            case "DONE" -> DONE;
            case "CANCELLED" -> CANCELLED;
            default -> item.overdue() ? OVERDUE
                    : "IN_PROGRESS".equals(item.status()) ? IN_PROGRESS
                    : dueSoon(item, today) ? UPCOMING : PLANNED;
        };
    }

    private static boolean dueSoon(RoadMapItemView item, LocalDate today) {
        LocalDate last = today.plusDays(UPCOMING_DAYS);
        return item.openDueDates().stream().anyMatch(date -> !date.isBefore(today) && !date.isAfter(last));
    }

    /** The css class of the state: {@code state-done}, {@code state-overdue}, … */
    public String css() {
        return "state-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
