package ru.mentoring.api.people;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

/**
 * A person was registered. Deliberately carries no personal data: that stays in the register.
 */
@Revision("1")
public record PersonRegistered(PersonId personId) {
}
