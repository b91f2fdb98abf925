package ru.mentoring.api.pair;

/**
 * Asks for one pair's progress; answered with an optional {@link PairProgress}.
 */
public record FindPairProgress(PairId pairId) {
}
