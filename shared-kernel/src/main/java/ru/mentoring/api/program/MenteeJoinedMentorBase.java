package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

/**
 * A mentee who finished the program joined the base of mentors for the next period.
 */
@Revision("1")
public record MenteeJoinedMentorBase(
        ProgramId programId,
        PersonId personId,
        String nextPeriod) {
}
