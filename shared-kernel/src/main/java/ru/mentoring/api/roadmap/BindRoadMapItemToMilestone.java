package ru.mentoring.api.roadmap;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;

/**
 * Binds an organization's road-map item to a milestone of one of its programs: when the program reaches it,
 * the item is completed by itself (seed 004, organization items 7, 11, 19, 26, 34).
 */
public record BindRoadMapItemToMilestone(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotNull RoadMapItemId itemId,
        @NotNull ProgramId programId,
        @NotNull ProgramMilestone milestone) {
}
