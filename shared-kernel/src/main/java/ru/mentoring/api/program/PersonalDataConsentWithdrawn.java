package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * A participant's consent to the processing of personal data was withdrawn.
 */
@Revision("1")
public record PersonalDataConsentWithdrawn(
        ProgramId programId,
        PersonId personId,
        LocalDate date) {
}
