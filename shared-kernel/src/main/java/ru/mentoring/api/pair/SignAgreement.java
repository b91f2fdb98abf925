package ru.mentoring.api.pair;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records the agreement on cooperation (соглашение о сотрудничестве) signed by the pair.
 */
public record SignAgreement(
        @TargetAggregateIdentifier @NotNull PairId pairId,
        @NotNull LocalDate signedOn) {
}
