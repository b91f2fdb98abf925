package ru.mentoring.api.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Registers a document the program rests on: an order or regulation with its number and date.
 */
public record RegisterProgramDocument(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull ProgramDocumentKind kind,
        @NotBlank @Size(max = 50) String number,
        @NotNull LocalDate date,
        @Size(max = 300) String title) {
}
