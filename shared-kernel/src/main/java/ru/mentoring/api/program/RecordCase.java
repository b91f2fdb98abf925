package ru.mentoring.api.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a case (кейс) written from the work of a pair, and where it was published.
 */
public record RecordCase(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 500) String publishedAt) {
}
