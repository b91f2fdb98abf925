package ru.mentoring.api.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Drafts an empty road map of a region, municipality or organization for a period; sections and items follow.
 *
 * @param ownerId the region, municipality or organization whose plan it is
 */
public record CreateRoadMap(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotNull RoadMapLevel level,
        @NotNull UUID ownerId,
        @NotNull PlanPeriod period,
        @NotBlank @Size(max = RoadMapCreated.TITLE_MAX_LENGTH) String title) {
}
