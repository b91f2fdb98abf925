package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;

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
        PersonalText competencies,
        int capacity,
        String enterprise,
        LocalDate enrolledOn) {
}
