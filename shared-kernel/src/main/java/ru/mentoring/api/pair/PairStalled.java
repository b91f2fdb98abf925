package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.program.ProgramId;

import java.time.LocalDate;

/**
 * The pair has not met for the configured period while active.
 */
@Revision("1")
public record PairStalled(
        PairId pairId,
        ProgramId programId,
        LocalDate lastMeetingOn) {
}
