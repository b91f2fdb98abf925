package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.program.ProgramId;

import java.time.LocalDate;
import java.util.Set;

/**
 * The pair was dissolved early; its mentees go back to the program to be matched again.
 */
@Revision("1")
public record PairDissolved(
        PairId pairId,
        ProgramId programId,
        Set<PersonId> mentees,
        PersonalText reason,
        LocalDate dissolvedOn) {
}
