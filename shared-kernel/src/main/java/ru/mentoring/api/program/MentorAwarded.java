package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;

import java.time.LocalDate;

/**
 * A mentor received an award. The award's wording (a letter of thanks, a nomination) may say more of the mentor
 * than a title, so it is a {@link PersonalText} about them, erased with them.
 */
@Revision("1")
public record MentorAwarded(
        ProgramId programId,
        PersonId personId,
        PersonalText award,
        LocalDate date) {
}
