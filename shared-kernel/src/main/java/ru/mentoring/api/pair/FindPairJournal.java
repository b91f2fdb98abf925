package ru.mentoring.api.pair;

/**
 * Asks for one pair's journal — its plan's activities, its meetings and its feedback one by one, as the pair's
 * page lists them; answered with an optional {@link PairJournal}.
 */
public record FindPairJournal(PairId pairId) {
}
