package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A document of the program was registered.
 */
@Revision("1")
public record ProgramDocumentRegistered(
        ProgramId programId,
        ProgramDocumentKind kind,
        String number,
        LocalDate date,
        String title) {
}
