package ru.mentoring.api.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Adds several items to a section at once (an import): either all of them are planned or none.
 */
public record PlanRoadMapItems(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @Positive int sectionNumber,
        @NotEmpty List<@NotNull @Valid ItemContent> items) {

    public PlanRoadMapItems {
        items = items == null ? null : List.copyOf(items);
    }
}
