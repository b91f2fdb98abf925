package ru.mentoring.api.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens an amendment (корректировка) of an approved road map as its next revision: while it is open, sections
 * and items may be changed again; approving it by order closes it.
 */
public record AmendRoadMap(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotBlank @Size(max = 1000) String reason) {
}
