package ru.mentoring.command.roadmap;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import ru.mentoring.api.audit.AsOfFrame;
import ru.mentoring.api.audit.RoadMapAsOf;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.roadmap.*;
import ru.mentoring.api.roadmap.EraseResponsibleName;
import ru.mentoring.api.roadmap.ResponsibleNameErased;
import ru.mentoring.command.common.DomainRuleViolation;
import ru.mentoring.command.people.PersonKeys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A road map (дорожная карта): the plan of a region, municipality or organization for a period. It is drafted,
 * approved by order and amended in numbered revisions; its items are started, done with evidence or cancelled,
 * and become overdue through deadlines when their dates pass. Each item's state is a {@link PlannedItem}
 * entity; the words of refusals are in {@link RoadMapRules}. It is the only fold of its events: what they made of a
 * road map at a moment ({@link #asOf}) or what the next period carries over ({@link #carriedOver}) is read from it.
 */
@Aggregate(snapshotTriggerDefinition = "roadMapSnapshotTrigger")
@Revision("1") // snapshots are its fields: a change of their shape raises it, and older snapshots are skipped
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class RoadMap {

    @AggregateIdentifier
    private RoadMapId roadMapId;
    private UUID ownerId;
    private RoadMapLevel level;
    private PlanPeriod period;
    private String title;
    private final TreeMap<Integer, String> sections = new TreeMap<>(); // titles by number
    private int revision;
    private int approvedRevision;
    private boolean amendable = true;
    /** Why each amendment was opened, by revision: scanned when a name is erased. */
    private final TreeMap<Integer, PersonalText> amendmentReasons = new TreeMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class) // an item hears only its own events
    @JsonDeserialize(keyUsing = PlannedItem.IdKey.class)
    private final LinkedHashMap<RoadMapItemId, PlannedItem> items = new LinkedHashMap<>();

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
        RoadMapRules.requireAmendable(amendable);
        apply(new RoadMapSectionAdded(roadMapId, sections.size() + 1, command.title().strip()));
    }

    @CommandHandler
    public void handle(PlanRoadMapItem command, DeadlineManager deadlines) {
        RoadMapRules.requireAmendable(amendable);
        RoadMapRules.requireItemUnknown(items, command.itemId());
        plan(command.itemId(), command.sectionNumber(), command.content(), deadlines);
    }

    @CommandHandler
    public void handle(PlanRoadMapItems command, DeadlineManager deadlines) {
        RoadMapRules.requireAmendable(amendable);
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
        RoadMapRules.requireAmendable(amendable);
        PlannedItem item = RoadMapRules.requireOpenItem(items, command.itemId());
        RoadMapRules.requireNumberFree(items.values(), item.sectionNumber, command.content().number(), item.id);
        RoadMapRules.requireDatesWithin(period, command.content());
        List<LocalDate> dueDates = DueDates.of(command.content().schedule(), period);
        ItemDeadlines.cancel(deadlines, item.id, List.copyOf(item.openDueDates));
        apply(new RoadMapItemRevised(roadMapId, item.id, command.content().withResponsible(List.of()), dueDates,
                ResponsibleNames.sealed(command.content())));
        ItemDeadlines.schedule(deadlines, item.id, dueDates);
    }

    @CommandHandler
    public void handle(StartRoadMapItem command) {
        PlannedItem item = RoadMapRules.requireOpenItem(items, command.itemId());
        RoadMapRules.requireNotStarted(item);
        apply(new RoadMapItemStarted(roadMapId, item.id, command.startedOn()));
    }

    @CommandHandler
    public void handle(CompleteRoadMapItem command, DeadlineManager deadlines) {
        PlannedItem item = RoadMapRules.requireOpenItem(items, command.itemId());
        RoadMapRules.requireAtMostOneOccurrenceOpen(item);
        RoadMapRules.requireEvidence(command.evidence());
        complete(item, command.completedOn(), command.evidence(), deadlines);
    }

    @CommandHandler
    public void handle(CompleteRoadMapItemOccurrence command, DeadlineManager deadlines) {
        PlannedItem item = RoadMapRules.requireOpenItem(items, command.itemId());
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
        PlannedItem item = RoadMapRules.requireOpenItem(items, command.itemId());
        ItemDeadlines.cancel(deadlines, item.id, List.copyOf(item.openDueDates));
        apply(new RoadMapItemCancelled(roadMapId, item.id, ResponsibleNames.aboutItsOwn(command.reason()),
                command.cancelledOn()));
    }

    @CommandHandler
    public void handle(BindRoadMapItemToMilestone command) {
        RoadMapRules.requireOrganizationLevel(level);
        PlannedItem item = RoadMapRules.requireOpenItem(items, command.itemId());
        RoadMapRules.requireNotBoundAlready(item, command.programId(), command.milestone());
        apply(new RoadMapItemBoundToMilestone(roadMapId, item.id, command.programId(), command.milestone()));
    }

    /** Repeated or late milestones change nothing: the item may be done or cancelled by then. */
    @CommandHandler
    public void handle(CompleteRoadMapItemOnMilestone command, DeadlineManager deadlines) {
        PlannedItem item = RoadMapRules.requireItem(items, command.itemId());
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
        apply(new RoadMapAmendmentOpened(roadMapId, revision + 1, ResponsibleNames.aboutItsOwn(command.reason())));
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
        RoadMapRules.requireSection(sectionNumber, sections.size());
        RoadMapRules.requireNumberFree(items.values(), sectionNumber, content.number(), null);
        RoadMapRules.requireDatesWithin(period, content);
        List<LocalDate> dueDates = DueDates.of(content.schedule(), period);
        apply(new RoadMapItemPlanned(roadMapId, itemId, sectionNumber, content.withResponsible(List.of()), dueDates,
                ResponsibleNames.sealed(content)));
        ItemDeadlines.schedule(deadlines, itemId, dueDates);
    }

    /**
     * Erases a name wherever it stands among the items' responsible people, approved or not: the keys of its
     * texts are destroyed in this command's transaction, and the items name «(удалено)» instead.
     */
    @CommandHandler
    public void handle(EraseResponsibleName command, PersonKeys keys) {
        String name = command.name().strip();
        List<PersonId> subjects = new ArrayList<>();
        List<ResponsibleNameErased.ItemResponsible> touched = new ArrayList<>();
        boolean storedBeforeErasable = false;
        for (PlannedItem item : items.values()) {
            boolean here = false;
            for (PersonalText text : item.responsible) {
                if (text.text().map(value -> value.strip().equalsIgnoreCase(name)).orElse(false)) {
                    storedBeforeErasable |= text.about().isEmpty();
                    subjects.addAll(text.about());
                    here |= !text.about().isEmpty();
                }
            }
            if (here) {
                touched.add(new ResponsibleNameErased.ItemResponsible(item.id, item.responsible));
            }
        }
        List<RoadMapItemId> cancellations = new ArrayList<>();
        for (PlannedItem item : items.values()) {
            if (mentions(item.cancellationReason, name)) {
                subjects.addAll(item.cancellationReason.about());
                cancellations.add(item.id);
            }
        }
        List<Integer> amendments = new ArrayList<>();
        amendmentReasons.forEach((amendment, reason) -> {
            if (mentions(reason, name)) {
                subjects.addAll(reason.about());
                amendments.add(amendment);
            }
        });
        if (subjects.isEmpty()) {
            throw storedBeforeErasable
                    ? new DomainRuleViolation("road-map.responsible-not-erasable", "Ответственный «" + name
                    + "» записан в мероприятия до того, как имена стали стираемыми: измените эти мероприятия "
                    + "или попросите администратора установки запечатать старые тексты")
                    : new DomainRuleViolation("road-map.responsible-unknown", "В дорожной карте нет ответственного «"
                    + name + "»");
        }
        subjects.forEach(keys::shred);
        apply(new ResponsibleNameErased(roadMapId, subjects, touched, cancellations, amendments));
    }

    /** Whether a reason (of after names were erasable) holds the name, ignoring case. */
    private static boolean mentions(PersonalText reason, String name) {
        return reason != null && !reason.about().isEmpty() && reason.text()
                .map(text -> text.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    private void complete(PlannedItem item, LocalDate on, ItemEvidence evidence, DeadlineManager deadlines) {
        ItemDeadlines.cancel(deadlines, item.id, List.copyOf(item.openDueDates));
        apply(new RoadMapItemCompleted(roadMapId, item.id, on, evidence));
    }

    /** The road map as the events it was built from made it, read-only, in the frame an as-of view gives. */
    public RoadMapAsOf asOf(AsOfFrame frame) {
        return new RoadMapAsOf(roadMapId, frame.at(), frame.basis(), frame.businessDate(), frame.eventsApplied(),
                frame.lastEventAt(), title, level.name(), period.toString(), revision, approvedRevision,
                items.values().stream().map(PlannedItem::asOf).toList(), count(item -> item.status == ItemStatus.DONE),
                count(PlannedItem::isOverdue), frame.recordedLater());
    }

    private int count(Predicate<PlannedItem> which) {
        return (int) items.values().stream().filter(which).count();
    }

    /** What the next period's plan starts from: the sections with their items not cancelled, in their last wording. */
    RoadMapHistory.Carried carriedOver() {
        List<RoadMapTemplate.Section> plan = new ArrayList<>();
        sections.forEach((number, sectionTitle) -> plan.add(new RoadMapTemplate.Section(sectionTitle, items.values()
                .stream().filter(item -> item.sectionNumber == number && item.status != ItemStatus.CANCELLED)
                .map(PlannedItem::contentAsNamedNow).toList())));
        return new RoadMapHistory.Carried(ownerId, new RoadMapTemplate(RoadMapHistory.CARRIED_OVER_FROM + roadMapId,
                "road map " + roadMapId, level, period, title, plan));
    }

    @EventSourcingHandler
    void on(RoadMapCreated event) {
        roadMapId = event.roadMapId();
        ownerId = event.ownerId();
        level = event.level();
        period = event.period();
        title = event.title();
        revision = 1;
    }

    @EventSourcingHandler
    void on(RoadMapSectionAdded event) {
        sections.put(event.sectionNumber(), event.title());
    }

    @EventSourcingHandler
    void on(RoadMapItemPlanned event) {
        items.put(event.itemId(), new PlannedItem(event.itemId(), event.sectionNumber(), event.content(),
                event.responsible(), event.dueDates()));
    }

    @EventSourcingHandler
    void on(RoadMapApproved event) {
        revision = event.revision();
        approvedRevision = event.revision();
        amendable = false;
    }

    @EventSourcingHandler
    void on(RoadMapAmendmentOpened event) {
        revision = event.revision();
        amendable = true;
        if (event.reason() != null) {
            amendmentReasons.put(event.revision(), event.reason());
        }
    }
}
