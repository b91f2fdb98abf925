package ru.mentoring.api.people;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

/**
 * A person's personal data was erased from the register, on the ground given.
 * <p>
 * Erasures stored before grounds existed carry a free-text {@code reason} instead and no ground; new ones carry
 * no reason ({@code null}), since a reason in words may itself describe the person.
 */
@Revision("1")
public record PersonalDataErased(PersonId personId, ErasureGround ground, String reason) {

    public PersonalDataErased(PersonId personId, ErasureGround ground) {
        this(personId, ground, null);
    }

    /**
     * The ground in words; {@code null} for an erasure stored before grounds, whose reason in words is not shown
     * (it may describe the person).
     */
    public String groundInWords() {
        return ground == null ? null : ground.title();
    }
}
