package ru.mentoring.query.matching;

import java.util.List;
import java.util.UUID;

/**
 * A mentee from the mentees' base (база наставляемых) taking part in the matching stage, with the mentors
 * named in their preference questionnaire.
 *
 * @param personId         the mentee's person id; never {@code null}
 * @param preferredMentors mentors' person ids, best first; may be empty, may name people outside the matching
 *                         (they are ignored); never {@code null} and never holding {@code null}
 */
public record MenteeCandidate(UUID personId, List<UUID> preferredMentors) {

    public MenteeCandidate {
        if (personId == null) {
            throw new IllegalArgumentException("a mentee candidate needs a person id");
        }
        preferredMentors = Candidates.copyOfIds(preferredMentors, "preferred mentors of mentee " + personId);
    }
}
