package ru.mentoring.api.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * Appoints the program's curator (куратор) by the head's order (приказ о назначении куратора), given by its
 * number and date. Appointing someone else later replaces the curator.
 */
public record AppointCurator(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PersonId curatorId,
        @NotBlank @Size(max = 50) String orderNumber,
        @NotNull LocalDate orderDate) {
}
