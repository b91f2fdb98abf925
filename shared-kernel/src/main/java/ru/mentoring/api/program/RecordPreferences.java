package ru.mentoring.api.program;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

import java.util.List;

/**
 * Records whom a participant would prefer as partners after the group meeting, best first (seed 004,
 * organization item 17).
 */
public record RecordPreferences(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PersonId personId,
        @NotNull List<@NotNull PersonId> preferred) {
}
