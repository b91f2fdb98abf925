package ru.mentoring.app.agreement;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import ru.mentoring.api.roadmap.*;
import ru.mentoring.app.agreement.RoadMapPlan.Kind;
import ru.mentoring.app.agreement.RoadMapPlan.Step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends one {@link RoadMapPlan} to a new road map of the plan's level, in a period running from the start of this
 * year to the end of the next, so that some dates have passed (their deadlines mark items overdue at once) and some
 * have not. Items are named by their place among those planned, read from the road map's stored events with the
 * due dates of their open occurrences; whether a step is allowed is the aggregate's to decide.
 */
final class RoadMapRun {

    final RoadMapId roadMap = RoadMapId.random();
    private final RoadMapPlan plan;
    private final CommandLog log;
    private final EventStore events;
    private final PlanPeriod period;
    private final LocalDate today;
    private int sections;
    private int numbers;

    RoadMapRun(RoadMapPlan plan, CommandLog log, EventStore events, LocalDate today) {
        this.plan = plan;
        this.log = log;
        this.events = events;
        this.today = today;
        this.period = new PlanPeriod(today.getYear(), today.getYear() + 1);
    }

    /** Creates the road map for {@code owner} with one section, and takes the plan's first steps. */
    void start(UUID owner) {
        log.note(plan.toString());
        log.send(new CreateRoadMap(roadMap, plan.level(), owner, period, "Дорожная карта " + roadMap));
        send(new RoadMapPlan.Section());
        plan.steps().forEach(this::send);
    }

    /** The plan's later steps, once the deadlines due by now have fired. */
    void finish() {
        log.note("the deadlines due by " + today + " have fired");
        plan.later().forEach(this::send);
    }

    private void send(Step step) {
        if (step instanceof RoadMapPlan.Section) {
            if (log.send(new AddRoadMapSection(roadMap, "Раздел " + (sections + 1)))) {
                sections++;
            }
        } else if (step instanceof RoadMapPlan.Plan item) {
            log.send(new PlanRoadMapItem(roadMap, RoadMapItemId.random(), section(item.section()),
                    content(item.kind(), item.month(), item.months())));
        } else if (step instanceof RoadMapPlan.Batch batch) {
            List<ItemContent> contents = new ArrayList<>();
            for (int i = 0; i < batch.items(); i++) {
                contents.add(content(Kind.ONE_OFF, batch.month() + i, 0));
            }
            log.send(new PlanRoadMapItems(roadMap, section(batch.section()), contents));
        } else if (step instanceof RoadMapPlan.Revise revise) {
            item(revise.item()).ifPresent(item -> log.send(new ReviseRoadMapItem(roadMap, item,
                    content(revise.kind(), revise.month(), revise.months()))));
        } else if (step instanceof RoadMapPlan.Start start) {
            item(start.item()).ifPresent(item -> log.send(new StartRoadMapItem(roadMap, item, today)));
        } else if (step instanceof RoadMapPlan.Complete complete) {
            item(complete.item()).ifPresent(item -> log.send(new CompleteRoadMapItem(roadMap, item, today,
                    ItemEvidence.document("Приказ № 5-о"))));
        } else if (step instanceof RoadMapPlan.CompleteOccurrence occurrence) {
            completeOccurrence(occurrence);
        } else if (step instanceof RoadMapPlan.Cancel cancel) {
            item(cancel.item()).ifPresent(item -> log.send(new CancelRoadMapItem(roadMap, item, "Не актуально",
                    today)));
        } else if (step instanceof RoadMapPlan.Approve) {
            log.send(new ApproveRoadMap(roadMap, "10-о", today));
        } else if (step instanceof RoadMapPlan.Amend) {
            log.send(new AmendRoadMap(roadMap, "Новые задачи"));
        }
    }

    private void completeOccurrence(RoadMapPlan.CompleteOccurrence step) {
        Map<RoadMapItemId, List<LocalDate>> open = openDueDates();
        if (open.isEmpty()) {
            return;
        }
        RoadMapItemId item = List.copyOf(open.keySet()).get(step.item() % open.size());
        List<LocalDate> dates = open.get(item);
        LocalDate due = dates.isEmpty() ? period.endsOn() : dates.get(step.occurrence() % dates.size());
        log.send(new CompleteRoadMapItemOccurrence(roadMap, item, due, today, new ItemEvidence(null, "100 %", null)));
    }

    private int section(int section) {
        return 1 + section % Math.max(sections, 1);
    }

    private java.util.Optional<RoadMapItemId> item(int place) {
        List<RoadMapItemId> items = List.copyOf(openDueDates().keySet());
        return items.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(items.get(place % items.size()));
    }

    /** The items planned, in order, each with the due dates its last planning or revision gave it, less those done. */
    private Map<RoadMapItemId, List<LocalDate>> openDueDates() {
        Map<RoadMapItemId, List<LocalDate>> items = new LinkedHashMap<>();
        events.readEvents(roadMap.toString()).asStream().map(DomainEventMessage::getPayload).forEach(event -> {
            if (event instanceof RoadMapItemPlanned planned) {
                items.put(planned.itemId(), new ArrayList<>(planned.dueDates()));
            } else if (event instanceof RoadMapItemRevised revised) {
                items.put(revised.itemId(), new ArrayList<>(revised.dueDates()));
            } else if (event instanceof RoadMapItemOccurrenceCompleted done) {
                items.get(done.itemId()).remove(done.dueDate());
            }
        });
        return items;
    }

    /** An item with a fresh number, due as {@code kind} says from the {@code month}-th month of the two-year period. */
    private ItemContent content(Kind kind, int month, int months) {
        LocalDate start = period.startsOn().plusMonths(month % 24);
        LocalDate end = start.plusMonths(months).plusDays(14);
        end = end.isAfter(period.endsOn()) ? period.endsOn() : end;
        ItemSchedule schedule = switch (kind) {
            case ONE_OFF -> ItemSchedule.between(start, end, null);
            case MONTHLY -> new ItemSchedule(start, end, Recurrence.MONTHLY, "Ежемесячно");
            case THROUGHOUT -> new ItemSchedule(start, null, Recurrence.THROUGHOUT_PERIOD, "В течение всего периода");
            case AS_NEEDED -> ItemSchedule.recurring(Recurrence.AS_NEEDED, "По мере необходимости");
        };
        numbers++;
        return new ItemContent(String.valueOf(numbers), "Мероприятие " + numbers, null, null, schedule,
                List.of("Рабочая группа"));
    }
}
