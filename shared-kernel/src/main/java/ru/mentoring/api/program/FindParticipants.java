package ru.mentoring.api.program;

import java.util.UUID;

/**
 * Asks the bases for a page of participants: the base of mentees or of mentors ({@code role}), filtered by any
 * of the other criteria ({@code null} = any); answered with a {@link ParticipantPage}.
 *
 * @param personId   one person's places in every program and period: their history across the bases
 * @param pairStatus {@code UNMATCHED}, {@code PROPOSED} or {@code FIXED}
 * @param consent    {@code NONE}, {@code GIVEN} or {@code WITHDRAWN}
 * @param name       part of the person's name, any case
 */
public record FindParticipants(ParticipantRole role, UUID personId, UUID programId, UUID organizationId, String municipality,
                               String region, String period, MentoringForm form, String pairStatus, String consent,
                               String name, int page, int size) {

    public FindParticipants {
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("страница с 0, размер страницы от 1 до 500");
        }
    }
}
