package ru.mentoring.api.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import ru.mentoring.api.common.CarriesCommand;
import ru.mentoring.api.people.PersonalData;

/**
 * Enrolls into the base of mentees someone not yet in the person register: registers their personal data under
 * the enrollment's person id and enrolls them, as one decision — when the enrollment is refused, nothing of the
 * person is kept, and the refusal is the enrollment's own.
 */
public record EnrollNewMentee(@NotNull @Valid PersonalData person, @NotNull @Valid EnrollMentee enrollment)
        implements CarriesCommand {

    @Override
    public Object carried() {
        return enrollment;
    }
}
