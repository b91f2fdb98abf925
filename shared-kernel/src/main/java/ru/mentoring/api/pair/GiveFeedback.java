package ru.mentoring.api.pair;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * Records feedback on the pair's work from a mentor, a mentee or the curator: a score from 1 to 5 and a comment.
 */
public record GiveFeedback(
        @TargetAggregateIdentifier @NotNull PairId pairId,
        @NotNull FeedbackSource from,
        @NotNull PersonId personId,
        @Min(1) @Max(5) int score,
        @Size(max = 2000) String comment,
        @NotNull LocalDate date) {
}
