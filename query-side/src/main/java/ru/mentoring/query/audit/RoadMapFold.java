package ru.mentoring.query.audit;

import ru.mentoring.api.audit.RoadMapAsOf;
import ru.mentoring.api.roadmap.RoadMapAmendmentOpened;
import ru.mentoring.api.roadmap.RoadMapApproved;
import ru.mentoring.api.roadmap.RoadMapCreated;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemBecameOverdue;
import ru.mentoring.api.roadmap.RoadMapItemCancelled;
import ru.mentoring.api.roadmap.RoadMapItemCompleted;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapItemOccurrenceCompleted;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.api.roadmap.RoadMapItemRevised;
import ru.mentoring.api.roadmap.RoadMapItemStarted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A road map's state folded from its events one by one, for the view as of a date. Read-only and apart from the
 * command side's aggregate.
 */
final class RoadMapFold implements StateFold<RoadMapAsOf> {

    private static final class Item {
        private String number;
        private String activity;
        private String status = "PLANNED";
        /** The due dates of the occurrences marked overdue and not done since: one done leaves the others overdue. */
        private final Set<LocalDate> overdue = new HashSet<>();
    }

    private RoadMapId roadMapId;
    private String title;
    private String level;
    private String period;
    private int revision = 1;
    private int approvedRevision;
    private final Map<RoadMapItemId, Item> items = new LinkedHashMap<>();
    private int applied;
    private Instant lastEventAt;

    @Override
    public RoadMapFold apply(Object event, Instant storedAt) {
        applied++;
        lastEventAt = storedAt;
        if (event instanceof RoadMapCreated e) {
            roadMapId = e.roadMapId();
            title = e.title();
            level = e.level().name();
            period = e.period().toString();
        } else if (event instanceof RoadMapApproved e) {
            approvedRevision = e.revision();
        } else if (event instanceof RoadMapAmendmentOpened e) {
            revision = e.revision();
        } else if (event instanceof RoadMapItemPlanned e) {
            Item item = new Item();
            item.number = e.content().number();
            item.activity = e.content().activity();
            items.put(e.itemId(), item);
        } else if (event instanceof RoadMapItemRevised e) {
            Item item = items.computeIfAbsent(e.itemId(), id -> new Item());
            item.number = e.content().number();
            item.activity = e.content().activity();
            item.overdue.clear();
        } else if (event instanceof RoadMapItemStarted e) {
            status(e.itemId(), "IN_PROGRESS");
        } else if (event instanceof RoadMapItemCompleted e) {
            status(e.itemId(), "DONE").overdue.clear();
        } else if (event instanceof RoadMapItemCancelled e) {
            status(e.itemId(), "CANCELLED").overdue.clear();
        } else if (event instanceof RoadMapItemBecameOverdue e) {
            items.computeIfAbsent(e.itemId(), id -> new Item()).overdue.add(e.dueDate());
        } else if (event instanceof RoadMapItemOccurrenceCompleted e) {
            items.computeIfAbsent(e.itemId(), id -> new Item()).overdue.remove(e.dueDate());
        }
        return this;
    }

    private Item status(RoadMapItemId itemId, String status) {
        Item item = items.computeIfAbsent(itemId, id -> new Item());
        item.status = status;
        return item;
    }

    @Override
    public RoadMapAsOf view(StateBasis basis) {
        return new RoadMapAsOf(roadMapId, basis.at(), basis.basis(), basis.businessDate(), applied,
                lastEventAt, title, level, period, revision, approvedRevision,
                items.values().stream().map(item -> new RoadMapAsOf.Item(item.number, item.activity, item.status,
                        !item.overdue.isEmpty())).toList(),
                (int) items.values().stream().filter(item -> "DONE".equals(item.status)).count(),
                (int) items.values().stream().filter(item -> !item.overdue.isEmpty()).count(), basis.recordedLater());
    }
}
