package ru.mentoring.api.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.api.common.PersonId;

/**
 * Erases a person's names, birth date and contacts from the register, for example when a consent is withdrawn
 * and the retention period is over. Histories and reports keep the person's id and show them as erased.
 */
public record ErasePersonalData(@NotNull PersonId personId, @NotBlank @Size(max = 500) String reason) {
}
