package ru.mentoring.query.matching;

import java.util.List;
import java.util.UUID;

/**
 * A mentor from the mentors' base (база наставников) taking part in the matching stage, with how many mentees
 * they can take and the mentees named in their preference questionnaire.
 *
 * @param personId         the mentor's person id; never {@code null}
 * @param capacity         the most mentees this mentor takes (one for a pair, more for a group); at least 1
 * @param preferredMentees mentees' person ids, best first; may be empty, may name people outside the matching
 *                         (they are ignored); never {@code null} and never holding {@code null}
 */
public record MentorCandidate(UUID personId, int capacity, List<UUID> preferredMentees) {

    public MentorCandidate {
        if (personId == null) {
            throw new IllegalArgumentException("a mentor candidate needs a person id");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException(
                    "mentor " + personId + " must take at least one mentee, but capacity is " + capacity);
        }
        preferredMentees = Candidates.copyOfIds(preferredMentees, "preferred mentees of mentor " + personId);
    }
}
