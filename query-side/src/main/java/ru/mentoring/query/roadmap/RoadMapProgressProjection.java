package ru.mentoring.query.roadmap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.roadmap.FindOverdueItems;
import ru.mentoring.api.roadmap.FindRoadMapItems;
import ru.mentoring.api.roadmap.FindRoadMapProgress;
import ru.mentoring.api.roadmap.FindRoadMapRollUp;
import ru.mentoring.api.roadmap.FindRoadMaps;
import ru.mentoring.api.roadmap.OverdueItem;
import ru.mentoring.api.roadmap.ResponsibleNameErased;
import ru.mentoring.api.roadmap.RoadMapAmendmentOpened;
import ru.mentoring.api.roadmap.RoadMapApproved;
import ru.mentoring.api.roadmap.RoadMapCreated;
import ru.mentoring.api.roadmap.RoadMapItemBecameOverdue;
import ru.mentoring.api.roadmap.RoadMapItemBoundToMilestone;
import ru.mentoring.api.roadmap.RoadMapItemCancelled;
import ru.mentoring.api.roadmap.RoadMapItemCompleted;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapItemOccurrenceCompleted;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.api.roadmap.RoadMapItemRevised;
import ru.mentoring.api.roadmap.RoadMapItemStarted;
import ru.mentoring.api.roadmap.RoadMapItemView;
import ru.mentoring.api.roadmap.RoadMapProgress;
import ru.mentoring.api.roadmap.RoadMapRollUp;
import ru.mentoring.api.roadmap.RoadMapSectionAdded;
import ru.mentoring.api.roadmap.RoadMapSummary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds road-map progress from the road maps' events and answers queries on it. A processing group of its own,
 * so it can be replayed alone.
 */
@Component
@ProcessingGroup(RoadMapProgressProjection.PROCESSING_GROUP)
class RoadMapProgressProjection {

    static final String PROCESSING_GROUP = "road-map-progress";

    private final RoadMapProgressRepository tables;
    private final RoadMapProgressQueries queries;

    RoadMapProgressProjection(RoadMapProgressRepository tables, RoadMapProgressQueries queries) {
        this.tables = tables;
        this.queries = queries;
    }

    @EventHandler
    void on(RoadMapCreated event, @Timestamp Instant at, @SequenceNumber long sequence) {
        tables.insertRoadMap(event, at, sequence);
    }

    @EventHandler
    void on(RoadMapSectionAdded event) {
        tables.insertSection(event.roadMapId().value(), event.sectionNumber(), event.title());
    }

    @EventHandler
    void on(RoadMapItemPlanned event, @SequenceNumber long sequence) {
        tables.insertItem(event.roadMapId().value(), event.itemId().value(), event.sectionNumber(),
                event.content().withResponsible(event.responsibleNames()), event.dueDates(), sequence);
    }

    @EventHandler
    void on(RoadMapItemRevised event, @SequenceNumber long sequence) {
        tables.reviseItem(event.itemId().value(), event.content().withResponsible(event.responsibleNames()),
                event.dueDates(), sequence);
    }

    /** The items the erased name stood in name their responsible people as they read now. */
    @EventHandler
    void on(ResponsibleNameErased event, @SequenceNumber long sequence) {
        for (ResponsibleNameErased.ItemResponsible item : event.items()) {
            tables.updateItem(item.itemId().value(), sequence, "responsible = ?", String.join("\n", item.names()));
        }
        for (RoadMapItemId cancelled : event.cancellations()) {
            tables.updateItem(cancelled.value(), sequence, "cancellation_reason = ?", PersonalText.ERASED);
        }
        tables.eraseAmendmentReason(event.roadMapId().value(), event.amendments());
    }

    @EventHandler
    void on(RoadMapItemStarted event, @SequenceNumber long sequence) {
        tables.updateItem(event.itemId().value(), sequence, "status = 'IN_PROGRESS'");
    }

    @EventHandler
    void on(RoadMapItemOccurrenceCompleted event, @SequenceNumber long sequence) {
        UUID item = event.itemId().value();
        if (tables.updateItem(item, sequence, "status = status")) {
            tables.markOccurrence(item, event.dueDate(), "DONE");
        }
    }

    @EventHandler
    void on(RoadMapItemCompleted event, @SequenceNumber long sequence) {
        UUID item = event.itemId().value();
        if (tables.updateItem(item, sequence, "status = 'DONE', completed_on = ?, evidence_document = ?, "
                        + "evidence_indicator = ?, evidence_event = ?", event.completedOn(),
                event.evidence().documentReference(), event.evidence().indicatorValue(),
                event.evidence().sourceEventId())) {
            tables.closeOccurrences(item);
        }
    }

    @EventHandler
    void on(RoadMapItemCancelled event, @SequenceNumber long sequence) {
        tables.updateItem(event.itemId().value(), sequence, "status = 'CANCELLED', cancellation_reason = ?",
                PersonalText.shown(event.reason()));
    }

    @EventHandler
    void on(RoadMapItemBecameOverdue event, @SequenceNumber long sequence) {
        UUID item = event.itemId().value();
        if (tables.updateItem(item, sequence, "status = status")) {
            tables.markOccurrence(item, event.dueDate(), "OVERDUE");
        }
    }

    @EventHandler
    void on(RoadMapItemBoundToMilestone event, @SequenceNumber long sequence) {
        tables.updateItem(event.itemId().value(), sequence, "program_id = ?, milestone = ?",
                event.programId().value(), event.milestone().name());
    }

    @EventHandler
    void on(RoadMapApproved event, @SequenceNumber long sequence) {
        tables.approve(event.roadMapId().value(), event.revision(), event.orderNumber(), event.orderDate(), sequence);
    }

    @EventHandler
    void on(RoadMapAmendmentOpened event, @SequenceNumber long sequence) {
        tables.openAmendment(event.roadMapId().value(), event.revision(), PersonalText.shown(event.reason()),
                sequence);
    }

    @ResetHandler
    void reset() {
        tables.deleteAll();
    }

    @QueryHandler
    Optional<RoadMapProgress> handle(FindRoadMapProgress query) {
        return queries.progress(query.roadMapId().value(), query.asOf());
    }

    @QueryHandler
    List<OverdueItem> handle(FindOverdueItems query) {
        return queries.overdue(query);
    }

    @QueryHandler
    RoadMapRollUp handle(FindRoadMapRollUp query) {
        return queries.rollUp(query);
    }

    @QueryHandler
    List<RoadMapItemView> handle(FindRoadMapItems query) {
        return queries.items(query.roadMapId().value());
    }

    @QueryHandler
    List<RoadMapSummary> handle(FindRoadMaps query) {
        return queries.roadMaps(query);
    }
}
