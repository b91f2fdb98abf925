package ru.mentoring.api.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that one occurrence of a recurring item (the one due on {@code dueDate}) is done, with evidence.
 */
public record CompleteRoadMapItemOccurrence(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotNull RoadMapItemId itemId,
        @NotNull LocalDate dueDate,
        @NotNull LocalDate completedOn,
        @NotNull @Valid ItemEvidence evidence) {
}
