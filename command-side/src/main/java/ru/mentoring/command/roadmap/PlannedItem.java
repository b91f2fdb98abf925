package ru.mentoring.command.roadmap;

import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.RoadMapItemId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state of one item as the RoadMap aggregate needs it to decide: its number, status, the due dates of its
 * occurrences still open and which of them are overdue, and the milestone it is bound to.
 */
final class PlannedItem {

    final RoadMapItemId id;
    final int sectionNumber;
    String number;
    ItemStatus status = ItemStatus.PLANNED;
    final TreeSet<LocalDate> openDueDates = new TreeSet<>();
    final Set<LocalDate> overdueDates = new TreeSet<>();
    ProgramId boundProgram;
    ProgramMilestone boundMilestone;

    PlannedItem(RoadMapItemId id, int sectionNumber, ItemContent content, List<LocalDate> dueDates) {
        this.id = id;
        this.sectionNumber = sectionNumber;
        revise(content, dueDates);
    }

    void revise(ItemContent content, List<LocalDate> dueDates) {
        number = content.number();
        openDueDates.clear();
        openDueDates.addAll(dueDates);
        overdueDates.retainAll(openDueDates);
    }

    void completeOccurrence(LocalDate dueDate) {
        openDueDates.remove(dueDate);
        overdueDates.remove(dueDate);
    }

    boolean isBoundTo(ProgramId program, ProgramMilestone milestone) {
        return program.equals(boundProgram) && milestone == boundMilestone;
    }

    /** Compared by value, so that Axon's test fixture can check that sourcing the events rebuilds the same state. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PlannedItem item && id.equals(item.id) && sectionNumber == item.sectionNumber
                && number.equals(item.number) && status == item.status && openDueDates.equals(item.openDueDates)
                && overdueDates.equals(item.overdueDates) && Objects.equals(boundProgram, item.boundProgram)
                && boundMilestone == item.boundMilestone;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
