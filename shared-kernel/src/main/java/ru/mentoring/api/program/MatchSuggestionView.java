package ru.mentoring.api.program;

import java.util.List;
import java.util.UUID;

/**
 * A suggested assignment: pairs (each with the form of mentoring that fits both) and the mentees left
 * unmatched, who stay visible in the base with their status.
 */
public record MatchSuggestionView(UUID programId, List<SuggestedPair> pairs, List<UUID> unmatchedMentees) {

    /** One suggested pair: ready to be proposed as an individual pair of this form. */
    public record SuggestedPair(UUID menteeId, UUID mentorId, MentoringForm form, int score) {
    }

    public MatchSuggestionView {
        pairs = List.copyOf(pairs);
        unmatchedMentees = List.copyOf(unmatchedMentees);
    }
}
