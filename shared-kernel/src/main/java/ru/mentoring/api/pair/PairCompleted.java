package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.program.ProgramId;

import java.time.LocalDate;

/**
 * The pair completed its work.
 */
@Revision("1")
public record PairCompleted(
        PairId pairId,
        ProgramId programId,
        PersonalText outcome,
        LocalDate completedOn) {
}
