package ru.mentoring.api.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.OrganizationId;

/**
 * Opens a mentoring program of an organization for one academic year: the first step of the preparation
 * stage (подготовительный этап).
 */
public record CreateProgram(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull OrganizationId organizationId,
        @NotNull AcademicPeriod period,
        @NotBlank @Size(max = ProgramCreated.TITLE_MAX_LENGTH) String title) {
}
