package ru.mentoring.api.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import ru.mentoring.api.common.CarriesCommand;
import ru.mentoring.api.people.PersonalData;

/**
 * Appoints as the program's curator someone not yet in the person register: registers their personal data under
 * the appointment's curator id and appoints them by the order, as one decision — when the appointment is refused,
 * nothing of the person is kept, and the refusal is the appointment's own.
 */
public record AppointNewCurator(@NotNull @Valid PersonalData person, @NotNull @Valid AppointCurator appointment)
        implements CarriesCommand {

    @Override
    public Object carried() {
        return appointment;
    }
}
