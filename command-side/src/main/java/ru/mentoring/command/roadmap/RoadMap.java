package ru.mentoring.command.roadmap;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.roadmap.AddRoadMapSection;
import ru.mentoring.api.roadmap.AmendRoadMap;
import ru.mentoring.api.roadmap.ApproveRoadMap;
import ru.mentoring.api.roadmap.BindRoadMapItemToMilestone;
import ru.mentoring.api.roadmap.CancelRoadMapItem;
import ru.mentoring.api.roadmap.CompleteRoadMapItem;
import ru.mentoring.api.roadmap.CompleteRoadMapItemOccurrence;
import ru.mentoring.api.roadmap.CompleteRoadMapItemOnMilestone;
import ru.mentoring.api.roadmap.CreateRoadMap;
import ru.mentoring.api.roadmap.CreateNextRoadMap;
import ru.mentoring.api.roadmap.CreateRoadMapFromTemplate;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.ItemEvidence;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.PlanRoadMapItem;
import ru.mentoring.api.roadmap.PlanRoadMapItems;
import ru.mentoring.api.roadmap.ReviseRoadMapItem;
import ru.mentoring.api.roadmap.RoadMapAmendmentOpened;
import ru.mentoring.api.roadmap.RoadMapApproved;
import ru.mentoring.api.roadmap.RoadMapCreated;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemBecameOverdue;
import ru.mentoring.api.roadmap.RoadMapItemBoundToMilestone;
import ru.mentoring.api.roadmap.RoadMapItemCancelled;
import ru.mentoring.api.roadmap.RoadMapItemCompleted;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapItemOccurrenceCompleted;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.api.roadmap.RoadMapItemRevised;
import ru.mentoring.api.roadmap.RoadMapItemStarted;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.api.roadmap.RoadMapSectionAdded;
import ru.mentoring.api.roadmap.StartRoadMapItem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A road map (дорожная карта): the plan of a region, municipality or organization for a period. It is drafted,
 * approved by order and amended in numbered revisions; its items are started, done with evidence or cancelled,
 * and become overdue through deadlines when their dates pass. Each item's state is a {@link PlannedItem}
 * entity; the words of refusals are in {@link RoadMapRules}.
 */
@Aggregate
public class RoadMap {

    @AggregateIdentifier
    private RoadMapId roadMapId;
    private RoadMapLevel level;
    private PlanPeriod period;
    private int sections;
    private int revision;
    private boolean amendable = true;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class) // an item hears only its own events
    private final Map<RoadMapItemId, PlannedItem> items = new LinkedHashMap<>();

    protected RoadMap() {
        // for event sourcing
    }

    @CommandHandler
    public RoadMap(CreateRoadMap command) {
        apply(new RoadMapCreated(command.roadMapId(), command.level(), command.ownerId(), command.period(),
                command.title().strip(), null));
    }

    @CommandHandler
    public RoadMap(CreateRoadMapFromTemplate command, RoadMapTemplates templates, DeadlineManager deadlines) {
        RoadMapTemplate template = templates.find(command.templateCode().strip())
                .orElseThrow(() -> RoadMapRules.unknownTemplate(command.templateCode()));
        String title = command.title() == null || command.title().isBlank() ? template.title() : command.title().strip();
        apply(new RoadMapCreated(command.roadMapId(), template.level(), command.ownerId(), command.period(), title,
                template.code()));
        applyPlan(TemplatePlan.events(command.roadMapId(), command.period(), template), deadlines);
    }

    @CommandHandler
    public RoadMap(CreateNextRoadMap command, RoadMapHistory history, DeadlineManager deadlines) {
        RoadMapHistory.Carried previous = history.find(command.previousRoadMapId())
                .orElseThrow(() -> RoadMapRules.unknownPreviousRoadMap(command.previousRoadMapId()));
        RoadMapRules.requireLaterPeriod(previous.plan().period(), command.period());
        RoadMapTemplate plan = previous.plan();
        String title = command.title() == null || command.title().isBlank() ? plan.title() : command.title().strip();
        apply(new RoadMapCreated(command.roadMapId(), plan.level(), previous.ownerId(), command.period(), title,
                plan.code()));
        applyPlan(TemplatePlan.events(command.roadMapId(), command.period(), plan), deadlines);
    }

    /** Events applied in a constructor reach the event sourcing handlers only after it returns: no state here. */
    private static void applyPlan(List<Object> events, DeadlineManager deadlines) {
        for (Object event : events) {
            apply(event);
            if (event instanceof RoadMapItemPlanned planned) {
                ItemDeadlines.schedule(deadlines, planned.itemId(), planned.dueDates());
            }
        }
    }

    @CommandHandler
    public void handle(AddRoadMapSection command) {
        requireAmendable();
        apply(new RoadMapSectionAdded(roadMapId, sections + 1, command.title().strip()));
    }

    @CommandHandler
    public void handle(PlanRoadMapItem command, DeadlineManager deadlines) {
        requireAmendable();
        requireItemUnknown(command.itemId());
        plan(command.itemId(), command.sectionNumber(), command.content(), deadlines);
    }

    @CommandHandler
    public void handle(PlanRoadMapItems command, DeadlineManager deadlines) {
        requireAmendable();
        for (ItemContent content : command.items()) {
            RoadMapRules.requireNumberFree(items.values(), command.sectionNumber(), content.number(), null);
            RoadMapRules.requireDatesWithin(period, content);
        }
        RoadMapRules.requireNumbersDistinct(command.items());
        for (ItemContent content : command.items()) {
            plan(freshItemId(command.sectionNumber() + "/" + content.number().strip()), command.sectionNumber(),
                    content, deadlines);
        }
    }

    /** An id derived from the item's place, moved on if an item since renumbered still holds it. */
    private RoadMapItemId freshItemId(String key) {
        RoadMapItemId candidate = RoadMapItemId.derived(roadMapId, key);
        for (int again = 2; items.containsKey(candidate); again++) {
            candidate = RoadMapItemId.derived(roadMapId, key + "#" + again);
        }
        return candidate;
    }

    @CommandHandler
    public void handle(ReviseRoadMapItem command, DeadlineManager deadlines) {
        requireAmendable();
        PlannedItem item = openItem(command.itemId());
        RoadMapRules.requireNumberFree(items.values(), item.sectionNumber, command.content().number(), item.id);
        RoadMapRules.requireDatesWithin(period, command.content());
        List<LocalDate> dueDates = DueDates.of(command.content().schedule(), period);
        ItemDeadlines.cancel(deadlines, item.id, List.copyOf(item.openDueDates));
        apply(new RoadMapItemRevised(roadMapId, item.id, command.content(), dueDates));
        ItemDeadlines.schedule(deadlines, item.id, dueDates);
    }

    @CommandHandler
    public void handle(StartRoadMapItem command) {
        PlannedItem item = openItem(command.itemId());
        RoadMapRules.requireNotStarted(item);
        apply(new RoadMapItemStarted(roadMapId, item.id, command.startedOn()));
    }

    @CommandHandler
    public void handle(CompleteRoadMapItem command, DeadlineManager deadlines) {
        PlannedItem item = openItem(command.itemId());
        RoadMapRules.requireAtMostOneOccurrenceOpen(item);
        RoadMapRules.requireEvidence(command.evidence());
        complete(item, command.completedOn(), command.evidence(), deadlines);
    }

    @CommandHandler
    public void handle(CompleteRoadMapItemOccurrence command, DeadlineManager deadlines) {
        PlannedItem item = openItem(command.itemId());
        RoadMapRules.requireOccurrenceOpen(item, command.dueDate());
        RoadMapRules.requireEvidence(command.evidence());
        ItemDeadlines.cancel(deadlines, item.id, List.of(command.dueDate()));
        apply(new RoadMapItemOccurrenceCompleted(roadMapId, item.id, command.dueDate(), command.completedOn(),
                command.evidence()));
        if (item.openDueDates.isEmpty()) {
            apply(new RoadMapItemCompleted(roadMapId, item.id, command.completedOn(), command.evidence()));
        }
    }

    @CommandHandler
    public void handle(CancelRoadMapItem command, DeadlineManager deadlines) {
        PlannedItem item = openItem(command.itemId());
        ItemDeadlines.cancel(deadlines, item.id, List.copyOf(item.openDueDates));
        apply(new RoadMapItemCancelled(roadMapId, item.id, command.reason().strip(), command.cancelledOn()));
    }

    @CommandHandler
    public void handle(BindRoadMapItemToMilestone command) {
        RoadMapRules.requireOrganizationLevel(level);
        PlannedItem item = openItem(command.itemId());
        RoadMapRules.requireNotBoundAlready(item, command.programId(), command.milestone());
        apply(new RoadMapItemBoundToMilestone(roadMapId, item.id, command.programId(), command.milestone()));
    }

    /** Repeated or late milestones change nothing: the item may be done or cancelled by then. */
    @CommandHandler
    public void handle(CompleteRoadMapItemOnMilestone command, DeadlineManager deadlines) {
        PlannedItem item = existingItem(command.itemId());
        RoadMapRules.requireBoundTo(item, command.programId(), command.milestone());
        if (!item.status.isClosed()) {
            complete(item, command.reachedOn(), new ItemEvidence(null, null, command.eventId()), deadlines);
        }
    }

    @CommandHandler
    public void handle(ApproveRoadMap command) {
        RoadMapRules.requireSomethingToApprove(amendable, revision);
        RoadMapRules.requireItems(items.isEmpty());
        apply(new RoadMapApproved(roadMapId, revision, command.orderNumber().strip(), command.orderDate()));
    }

    @CommandHandler
    public void handle(AmendRoadMap command) {
        RoadMapRules.requireApprovedAndNotAmending(amendable, revision);
        apply(new RoadMapAmendmentOpened(roadMapId, revision + 1, command.reason().strip()));
    }

    /** The engine itself marks the item overdue: the event names the system as its actor, not who planned it. */
    @DeadlineHandler
    public void on(ItemDue due) {
        PlannedItem item = items.get(due.itemId());
        if (item != null && !item.status.isClosed() && item.openDueDates.contains(due.dueDate())
                && !item.overdueDates.contains(due.dueDate())) {
            apply(new RoadMapItemBecameOverdue(roadMapId, item.id, due.dueDate()),
                    MetaData.from(Actor.system().asMetaData()));
        }
    }

    private void plan(RoadMapItemId itemId, int sectionNumber, ItemContent content, DeadlineManager deadlines) {
        RoadMapRules.requireSection(sectionNumber, sections);
        RoadMapRules.requireNumberFree(items.values(), sectionNumber, content.number(), null);
        RoadMapRules.requireDatesWithin(period, content);
        List<LocalDate> dueDates = DueDates.of(content.schedule(), period);
        apply(new RoadMapItemPlanned(roadMapId, itemId, sectionNumber, content, dueDates));
        ItemDeadlines.schedule(deadlines, itemId, dueDates);
    }

    private void complete(PlannedItem item, LocalDate on, ItemEvidence evidence, DeadlineManager deadlines) {
        ItemDeadlines.cancel(deadlines, item.id, List.copyOf(item.openDueDates));
        apply(new RoadMapItemCompleted(roadMapId, item.id, on, evidence));
    }

    private void requireAmendable() {
        RoadMapRules.requireAmendable(amendable);
    }

    private void requireItemUnknown(RoadMapItemId itemId) {
        if (items.containsKey(itemId)) {
            throw RoadMapRules.itemExists();
        }
    }

    private PlannedItem existingItem(RoadMapItemId itemId) {
        PlannedItem item = items.get(itemId);
        if (item == null) {
            throw RoadMapRules.itemUnknown(itemId);
        }
        return item;
    }

    private PlannedItem openItem(RoadMapItemId itemId) {
        PlannedItem item = existingItem(itemId);
        RoadMapRules.requireOpen(item);
        return item;
    }

    @EventSourcingHandler
    void on(RoadMapCreated event) {
        roadMapId = event.roadMapId();
        level = event.level();
        period = event.period();
        revision = 1;
    }

    @EventSourcingHandler
    void on(RoadMapSectionAdded event) {
        sections = event.sectionNumber();
    }

    @EventSourcingHandler
    void on(RoadMapItemPlanned event) {
        items.put(event.itemId(), new PlannedItem(event.itemId(), event.sectionNumber(), event.content(),
                event.dueDates()));
    }

    @EventSourcingHandler
    void on(RoadMapApproved event) {
        revision = event.revision();
        amendable = false;
    }

    @EventSourcingHandler
    void on(RoadMapAmendmentOpened event) {
        revision = event.revision();
        amendable = true;
    }
}
