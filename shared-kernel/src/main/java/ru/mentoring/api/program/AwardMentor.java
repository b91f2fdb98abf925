package ru.mentoring.api.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * Records an award to a mentor (награждение лучших наставников).
 */
public record AwardMentor(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PersonId personId,
        @NotBlank @Size(max = 300) String award,
        @NotNull LocalDate date) {
}
