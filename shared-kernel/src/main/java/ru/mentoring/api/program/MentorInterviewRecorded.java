package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * A mentor candidate was interviewed.
 */
@Revision("1")
public record MentorInterviewRecorded(
        ProgramId programId,
        PersonId personId,
        LocalDate date,
        boolean withPsychologist,
        boolean passed) {
}
