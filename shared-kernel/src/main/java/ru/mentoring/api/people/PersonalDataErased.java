package ru.mentoring.api.people;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

/**
 * A person's personal data was erased from the register.
 */
@Revision("1")
public record PersonalDataErased(PersonId personId, String reason) {
}
