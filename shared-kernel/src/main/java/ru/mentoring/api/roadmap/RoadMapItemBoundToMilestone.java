package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;

/**
 * An organization's item will be completed by itself when the program reaches the milestone.
 */
@Revision("1")
public record RoadMapItemBoundToMilestone(RoadMapId roadMapId, RoadMapItemId itemId, ProgramId programId,
                                          ProgramMilestone milestone) {
}
