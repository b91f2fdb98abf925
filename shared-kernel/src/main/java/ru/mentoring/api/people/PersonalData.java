package ru.mentoring.api.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * A person's personal data as the register keeps them (names, birth date, contacts), not yet under an id: what a
 * command that brings a new person into a program carries, to be registered under the id the command gives them.
 */
public record PersonalData(
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String middleName,
        @Past LocalDate birthDate,
        @Email @Size(max = 200) String email,
        @Size(max = 50) String phone) {

    /** The registration of these data under the given id. */
    public RegisterPerson registration(PersonId personId) {
        return new RegisterPerson(personId, lastName, firstName, middleName, birthDate, email, phone);
    }
}
