package ru.mentoring.command.roadmap;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import ru.mentoring.api.audit.RoadMapAsOf;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.RoadMapItemBecameOverdue;
import ru.mentoring.api.roadmap.RoadMapItemBoundToMilestone;
import ru.mentoring.api.roadmap.RoadMapItemCancelled;
import ru.mentoring.api.roadmap.RoadMapItemCompleted;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapItemOccurrenceCompleted;
import ru.mentoring.api.roadmap.RoadMapItemRevised;
import ru.mentoring.api.roadmap.RoadMapItemStarted;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The state of one item as the RoadMap aggregate needs it to decide and to say what it was: its content in the
 * last wording (number, activity and the rest), status, the due dates of its occurrences still open and which of
 * them are overdue, and the milestone it is bound to. Events that name the item reach it by their {@code itemId}.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // in the road map's snapshots as its fields
final class PlannedItem {

    @EntityId(routingKey = "itemId")
    final RoadMapItemId id;
    final int sectionNumber;
    /** The content without its responsible people, who are {@link #responsible}. */
    ItemContent content;
    /** The responsible people, each name sealed about a person of its own (plain for items of before). */
    List<PersonalText> responsible = List.of();
    /** Why the item was cancelled, if it was. */
    PersonalText cancellationReason;
    ItemStatus status = ItemStatus.PLANNED;
    final TreeSet<LocalDate> openDueDates = new TreeSet<>();
    final TreeSet<LocalDate> overdueDates = new TreeSet<>();
    ProgramId boundProgram;
    ProgramMilestone boundMilestone;

    PlannedItem(RoadMapItemId id, int sectionNumber, ItemContent content, List<PersonalText> responsible,
                List<LocalDate> dueDates) {
        this(id, sectionNumber);
        revise(content, responsible, dueDates);
    }

    /** For a snapshot, which sets the other fields. */
    @JsonCreator
    private PlannedItem(@JsonProperty("id") RoadMapItemId id, @JsonProperty("sectionNumber") int sectionNumber) {
        this.id = id;
        this.sectionNumber = sectionNumber;
    }

    /** An item's id as the key of the road map's items in a snapshot (written as the id's {@code toString}). */
    static final class IdKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return RoadMapItemId.of(key);
        }
    }

    /** A revised item starts its dates afresh: its deadlines are scheduled anew and mark it overdue again. */
    private void revise(ItemContent content, List<PersonalText> responsible, List<LocalDate> dueDates) {
        this.responsible = responsible != null ? responsible
                : content.responsible().stream().map(PersonalText::plain).toList();
        this.content = content.withResponsible(List.of());
        openDueDates.clear();
        openDueDates.addAll(dueDates);
        overdueDates.clear();
    }

    @EventSourcingHandler
    void on(RoadMapItemRevised event) {
        revise(event.content(), event.responsible(), event.dueDates());
    }

    @EventSourcingHandler
    void on(RoadMapItemStarted event) {
        status = ItemStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(RoadMapItemOccurrenceCompleted event) {
        openDueDates.remove(event.dueDate());
        overdueDates.remove(event.dueDate());
    }

    @EventSourcingHandler
    void on(RoadMapItemCompleted event) {
        close(ItemStatus.DONE);
    }

    @EventSourcingHandler
    void on(RoadMapItemCancelled event) {
        close(ItemStatus.CANCELLED);
        cancellationReason = event.reason();
    }

    @EventSourcingHandler
    void on(RoadMapItemBecameOverdue event) {
        overdueDates.add(event.dueDate());
    }

    @EventSourcingHandler
    void on(RoadMapItemBoundToMilestone event) {
        boundProgram = event.programId();
        boundMilestone = event.milestone();
    }

    private void close(ItemStatus closedAs) {
        status = closedAs;
        openDueDates.clear();
        overdueDates.clear();
    }

    String number() {
        return content.number();
    }

    /** The content naming its responsible people as they read now, the erased left out: what a next plan carries. */
    ItemContent contentAsNamedNow() {
        return content.withResponsible(responsible.stream().map(PersonalText::text).flatMap(Optional::stream)
                .toList());
    }

    /** Overdue while an occurrence is past its date; closing or revising the item clears its overdue dates. */
    boolean isOverdue() {
        return !overdueDates.isEmpty();
    }

    /** The item as an as-of view shows it. */
    RoadMapAsOf.Item asOf() {
        return new RoadMapAsOf.Item(content.number(), content.activity(), status.name(), isOverdue());
    }

    boolean isBoundTo(ProgramId program, ProgramMilestone milestone) {
        return program.equals(boundProgram) && milestone == boundMilestone;
    }

    /** Compared by value, so that Axon's test fixture can check that sourcing the events rebuilds the same state. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PlannedItem item && id.equals(item.id) && sectionNumber == item.sectionNumber
                && content.equals(item.content) && responsible.equals(item.responsible)
                && Objects.equals(cancellationReason, item.cancellationReason) && status == item.status && openDueDates.equals(item.openDueDates)
                && overdueDates.equals(item.overdueDates) && Objects.equals(boundProgram, item.boundProgram)
                && boundMilestone == item.boundMilestone;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
