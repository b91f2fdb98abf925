package ru.mentoring.query.matching;

import java.util.UUID;

/**
 * One suggested pairing: this mentee to this mentor.
 *
 * @param menteeId the mentee's person id
 * @param mentorId the mentor's person id
 */
public record Assignment(UUID menteeId, UUID mentorId) {

    public Assignment {
        if (menteeId == null || mentorId == null) {
            throw new IllegalArgumentException("an assignment needs both a mentee and a mentor");
        }
    }
}
