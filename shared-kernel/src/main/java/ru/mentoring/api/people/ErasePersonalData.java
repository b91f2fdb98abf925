package ru.mentoring.api.people;

import jakarta.validation.constraints.NotNull;
import ru.mentoring.api.common.PersonId;

/**
 * Erases a person's names, birth date and contacts from the register on one of the grounds of
 * {@link ErasureGround}; every free text about the person ({@code PersonalText}) becomes unreadable with them.
 * Histories and reports keep the person's id and show them as erased.
 */
public record ErasePersonalData(@NotNull PersonId personId, @NotNull ErasureGround ground) {
}
