package ru.mentoring.api.roadmap;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that work on a planned item has begun.
 */
public record StartRoadMapItem(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotNull RoadMapItemId itemId,
        @NotNull LocalDate startedOn) {
}
