package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.PairId;

/**
 * A case of the program was recorded; cases are numbered from 1.
 * <p>
 * A case is written from the work of a pair, and its title and summary are texts about that pair's people; a case
 * recorded without a pair ({@code pairId} {@code null}, as every case before pairs were named) is about everyone
 * enrolled in the program when it was recorded, so that erasing any of them erases it.
 */
@Revision("1")
public record CaseRecorded(
        ProgramId programId,
        int number,
        PersonalText title,
        PersonalText summary,
        String publishedAt,
        PairId pairId) {
}
