package ru.mentoring.api.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;
import java.util.Set;

/**
 * Records the group final event of all pairs and groups (seed 004, organization item 26; seed 001: at least 90 %
 * take part) and who was present.
 */
public record RecordFinalEvent(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 300) String title,
        @NotNull Set<@NotNull PersonId> present) {
}
