package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Stakeholders were informed of the program.
 */
@Revision("1")
public record InformingEventRecorded(
        ProgramId programId,
        InformingEventKind kind,
        LocalDate date,
        int attendance) {
}
