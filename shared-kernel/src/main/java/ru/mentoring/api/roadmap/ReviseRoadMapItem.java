package ru.mentoring.api.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Rewrites an item that is not yet done or cancelled: its text, indicators, term or responsible.
 */
public record ReviseRoadMapItem(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotNull RoadMapItemId itemId,
        @NotNull @Valid ItemContent content) {
}
