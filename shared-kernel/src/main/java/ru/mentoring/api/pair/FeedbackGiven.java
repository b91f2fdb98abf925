package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;

import java.time.LocalDate;

/**
 * Feedback on the pair's work was given.
 */
@Revision("1")
public record FeedbackGiven(
        PairId pairId,
        FeedbackSource from,
        PersonId personId,
        int score,
        PersonalText comment,
        LocalDate date) {
}
