package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;
import java.util.Map;

/**
 * A participant's baseline assessment was recorded.
 */
@Revision("1")
public record BaselineAssessmentRecorded(
        ProgramId programId,
        PersonId personId,
        Map<String, Integer> scores,
        LocalDate date) {
}
