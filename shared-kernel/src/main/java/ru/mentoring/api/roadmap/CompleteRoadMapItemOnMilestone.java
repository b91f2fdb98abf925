package ru.mentoring.api.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;

import java.time.LocalDate;

/**
 * Sent by the engine when a program reached the milestone an item is bound to. An item already done or
 * cancelled is left as it is, so the command may safely be repeated.
 *
 * @param eventId the id of the program event that marked the milestone: the evidence
 */
public record CompleteRoadMapItemOnMilestone(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotNull RoadMapItemId itemId,
        @NotNull ProgramId programId,
        @NotNull ProgramMilestone milestone,
        @NotBlank String eventId,
        @NotNull LocalDate reachedOn) {
}
