package ru.mentoring.api.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records the submission of the annual monitoring report to the regional centre (seed 000 stage 6).
 */
public record SubmitMonitoringReport(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 300) String reference) {
}
