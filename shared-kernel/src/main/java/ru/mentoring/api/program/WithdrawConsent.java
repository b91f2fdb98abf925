package ru.mentoring.api.program;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * Records that a participant (or their legal representative) withdrew the consent: processing stops, and they
 * cannot be paired.
 */
public record WithdrawConsent(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PersonId personId,
        @NotNull LocalDate date) {
}
