package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;

import java.time.LocalDate;

/**
 * A person was enrolled as a mentee of the program.
 */
@Revision("1")
public record MenteeEnrolled(
        ProgramId programId,
        PersonId personId,
        MenteeCategory category,
        Integer age,
        Integer experienceYears,
        String grade,
        PersonalText request,
        RequestSource requestSource,
        LocalDate enrolledOn) {
}
