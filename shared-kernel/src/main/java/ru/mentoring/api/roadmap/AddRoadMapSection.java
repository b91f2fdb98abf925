package ru.mentoring.api.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a section (раздел) to the road map; sections are numbered 1, 2, … in the order they are added.
 */
public record AddRoadMapSection(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotBlank @Size(max = 500) String title) {
}
