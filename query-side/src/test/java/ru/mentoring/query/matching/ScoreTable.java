package ru.mentoring.query.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/** A compatibility written out pair by pair, with one answer for every pair not written. */
final class ScoreTable implements Compatibility {

    private record Pair(UUID mentee, UUID mentor) {
    }

    private final OptionalInt otherwise;
    private final Map<Pair, OptionalInt> scores = new HashMap<>();

    private ScoreTable(OptionalInt otherwise) {
        this.otherwise = otherwise;
    }

    /** Every pair may be formed and fits equally (score 0) unless written otherwise. */
    static ScoreTable everyoneFits() {
        return new ScoreTable(OptionalInt.of(0));
    }

    /** No pair may be formed unless written otherwise. */
    static ScoreTable nobodyFits() {
        return new ScoreTable(OptionalInt.empty());
    }

    ScoreTable score(UUID mentee, UUID mentor, int score) {
        scores.put(new Pair(mentee, mentor), OptionalInt.of(score));
        return this;
    }

    ScoreTable forbid(UUID mentee, UUID mentor) {
        scores.put(new Pair(mentee, mentor), OptionalInt.empty());
        return this;
    }

    @Override
    public OptionalInt score(UUID menteeId, UUID mentorId) {
        return scores.getOrDefault(new Pair(menteeId, mentorId), otherwise);
    }
}
