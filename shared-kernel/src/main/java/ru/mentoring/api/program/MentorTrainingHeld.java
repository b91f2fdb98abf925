package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;
import java.util.Set;

/**
 * A training session of mentors was held; sessions are numbered from 1.
 */
@Revision("1")
public record MentorTrainingHeld(
        ProgramId programId,
        int session,
        LocalDate date,
        String topic,
        Set<PersonId> attended) {
}
