package ru.mentoring.api.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Fixes every proposed pair and group by the head's order (приказ о закреплении наставнических пар/групп), given
 * by number and date.
 */
public record FixPairsByOrder(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotBlank @Size(max = 50) String orderNumber,
        @NotNull LocalDate orderDate) {
}
