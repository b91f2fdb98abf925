package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The program's feedback dates were set.
 */
@Revision("1")
public record FeedbackDatesSet(
        ProgramId programId,
        List<LocalDate> dates) {
}
