package ru.mentoring.api.program;

/**
 * Asks for a suggested assignment of the program's unmatched mentees to its ready mentors, within each
 * mentor's remaining capacity, from the stated preferences and the questionnaires; answered with a
 * {@link MatchSuggestionView}. The curator accepts it pair by pair (proposing each) or edits it.
 */
public record SuggestMatches(ProgramId programId) {
}
