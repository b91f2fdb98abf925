package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The group meeting of mentors and mentees was held.
 */
@Revision("1")
public record GroupMeetingHeld(
        ProgramId programId,
        LocalDate date,
        int mentorsPresent,
        int menteesPresent) {
}
