package ru.mentoring.api.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that an item is done (выполнено), with the evidence: a document and/or an indicator value.
 */
public record CompleteRoadMapItem(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotNull RoadMapItemId itemId,
        @NotNull LocalDate completedOn,
        @NotNull @Valid ItemEvidence evidence) {
}
