package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

/**
 * A case of the program was recorded; cases are numbered from 1.
 */
@Revision("1")
public record CaseRecorded(
        ProgramId programId,
        int number,
        String title,
        String summary,
        String publishedAt) {
}
