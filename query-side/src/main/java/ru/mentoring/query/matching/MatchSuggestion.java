package ru.mentoring.query.matching;

import java.util.List;
import java.util.UUID;

/**
 * The suggested distribution (предложение по распределению) the curator accepts or edits before the order
 * fixing the pairs and groups.
 *
 * @param assignments      the suggested pairings, in the input order of the mentees
 * @param unmatchedMentees mentees no compatible mentor could take, in input order: they need support while
 *                         the search for a mentor goes on
 */
public record MatchSuggestion(List<Assignment> assignments, List<UUID> unmatchedMentees) {

    public MatchSuggestion {
        if (assignments == null || unmatchedMentees == null) {
            throw new IllegalArgumentException("a suggestion needs its assignments and its unmatched mentees");
        }
        assignments = List.copyOf(assignments);
        unmatchedMentees = List.copyOf(unmatchedMentees);
    }
}
