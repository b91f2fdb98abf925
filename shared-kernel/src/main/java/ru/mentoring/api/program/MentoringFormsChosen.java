package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

import java.util.Set;

/**
 * The forms of mentoring of the program were chosen.
 */
@Revision("1")
public record MentoringFormsChosen(
        ProgramId programId,
        Set<MentoringForm> forms) {
}
