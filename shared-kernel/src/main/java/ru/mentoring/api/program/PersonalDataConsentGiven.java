package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * A participant's consent to the processing of personal data was given.
 */
@Revision("1")
public record PersonalDataConsentGiven(
        ProgramId programId,
        PersonId personId,
        ConsentGiver givenBy,
        LocalDate date) {
}
