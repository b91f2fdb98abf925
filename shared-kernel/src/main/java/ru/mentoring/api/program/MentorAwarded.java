package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * A mentor received an award.
 */
@Revision("1")
public record MentorAwarded(
        ProgramId programId,
        PersonId personId,
        String award,
        LocalDate date) {
}
