package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * A participant's satisfaction survey was recorded.
 */
@Revision("1")
public record SatisfactionSurveyed(
        ProgramId programId,
        PersonId personId,
        ParticipantRole role,
        int percent,
        LocalDate date) {
}
