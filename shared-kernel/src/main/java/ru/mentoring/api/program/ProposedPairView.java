package ru.mentoring.api.program;

import java.util.List;
import java.util.UUID;

/**
 * A pair or group proposed in matching and awaiting the head's order: its form and its people by id.
 */
public record ProposedPairView(UUID pairId, MentoringForm form, List<UUID> mentors, List<UUID> mentees) {
    public ProposedPairView {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
    }
}
