package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * A person was enrolled as a mentor of the program.
 */
@Revision("1")
public record MentorEnrolled(
        ProgramId programId,
        PersonId personId,
        MentorCategory category,
        Integer age,
        Integer experienceYears,
        String competencies,
        int capacity,
        String enterprise,
        LocalDate enrolledOn) {
}
