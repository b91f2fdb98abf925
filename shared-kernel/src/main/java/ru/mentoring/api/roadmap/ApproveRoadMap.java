package ru.mentoring.api.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Approves (утверждает) the draft or the open amendment of a road map by an order, given by number and date.
 */
public record ApproveRoadMap(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotBlank @Size(max = 50) String orderNumber,
        @NotNull LocalDate orderDate) {
}
