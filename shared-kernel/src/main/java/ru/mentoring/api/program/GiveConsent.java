package ru.mentoring.api.program;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * Records a signed consent to the processing of personal data (согласие на обработку персональных данных): by
 * the participant, or for a minor by a legal representative.
 */
public record GiveConsent(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PersonId personId,
        @NotNull ConsentGiver givenBy,
        @NotNull LocalDate date) {
}
