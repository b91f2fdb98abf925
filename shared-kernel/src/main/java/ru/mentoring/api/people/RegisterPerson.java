package ru.mentoring.api.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * Registers a person with their personal data. The data goes to the erasable register, never into an event.
 */
public record RegisterPerson(
        @NotNull PersonId personId,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String middleName,
        @Past LocalDate birthDate,
        @Email @Size(max = 200) String email,
        @Size(max = 50) String phone) {
}
