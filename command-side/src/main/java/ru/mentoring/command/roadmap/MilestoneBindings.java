package ru.mentoring.command.roadmap;

import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the milestone policy remembers: the items bound to program milestones and the milestones reached.
 */
public interface MilestoneBindings {

    /** An item waiting for a milestone. */
    record BoundItem(RoadMapId roadMapId, RoadMapItemId itemId) {
    }

    /** A milestone a program reached: the event that marked it and the day. */
    record Reached(String eventId, LocalDate on) {
    }

    void bind(BoundItem item, ProgramId program, ProgramMilestone milestone);

    /** Remembers the first time a program reached a milestone; later reports of it change nothing. */
    void reached(ProgramId program, ProgramMilestone milestone, Reached reached);

    List<BoundItem> boundTo(ProgramId program, ProgramMilestone milestone);

    Optional<Reached> whenReached(ProgramId program, ProgramMilestone milestone);
}
