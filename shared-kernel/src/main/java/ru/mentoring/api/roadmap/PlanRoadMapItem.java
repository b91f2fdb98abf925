package ru.mentoring.api.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds an item to a section of the road map.
 */
public record PlanRoadMapItem(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotNull RoadMapItemId itemId,
        @Positive int sectionNumber,
        @NotNull @Valid ItemContent content) {
}
