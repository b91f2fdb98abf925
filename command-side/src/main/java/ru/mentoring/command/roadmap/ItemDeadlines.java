package ru.mentoring.command.roadmap;

import org.axonframework.deadline.DeadlineManager;
import ru.mentoring.api.roadmap.RoadMapItemId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * Schedules and cancels the deadlines of an item's occurrences. An occurrence is overdue from the start of the
 * day after its due date, Moscow time (the documents' dates carry no zone; the later zones of the regions only
 * make the mark a few hours late, never early).
 */
final class ItemDeadlines {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private ItemDeadlines() {
    }

    /** One name per occurrence, so that completing one cancels its deadline alone. */
    static String name(RoadMapItemId item, LocalDate dueDate) {
        return "road-map-item-due:" + item + ":" + dueDate;
    }

    static Instant overdueFrom(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    static void schedule(DeadlineManager deadlines, RoadMapItemId item, Collection<LocalDate> dueDates) {
        for (LocalDate due : dueDates) {
            deadlines.schedule(overdueFrom(due), name(item, due), new ItemDue(item, due));
        }
    }

    static void cancel(DeadlineManager deadlines, RoadMapItemId item, Collection<LocalDate> dueDates) {
        for (LocalDate due : dueDates) {
            deadlines.cancelAll(name(item, due));
        }
    }
}
