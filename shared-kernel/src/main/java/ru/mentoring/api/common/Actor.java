package ru.mentoring.api.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who issued a command: a user id, the role they acted in and, where the role is bound to one, their
 * organization. Travels as message metadata (never in payloads), so that every stored event says who
 * caused it.
 *
 * @param userId       the login or staff id of the person; never blank
 * @param role         the role the person acted in
 * @param organization the organization the person acts for, or {@code null} for regional roles
 */
public record Actor(String userId, ActorRole role, String organization) {

    /** Metadata key of the acting user's id. */
    public static final String USER_ID = "actorId";
    /** Metadata key of the acting user's role. */
    public static final String ROLE = "actorRole";
    /** Metadata key of the acting user's organization. */
    public static final String ORGANIZATION = "actorOrganization";
    /** Metadata key of the correlation id shared by every message that one request caused. */
    public static final String CORRELATION_ID = "correlationId";

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("an actor needs a user id");
        }
        Objects.requireNonNull(role, "an actor needs a role");
    }

    /** The engine acting on its own (deadlines, policies). */
    public static Actor system() {
        return new Actor("system", ActorRole.SYSTEM, null);
    }

    /** This actor as message metadata entries. */
    public Map<String, String> asMetaData() {
        Map<String, String> entries = new HashMap<>();
        entries.put(USER_ID, userId);
        entries.put(ROLE, role.name());
        if (organization != null) {
            entries.put(ORGANIZATION, organization);
        }
        return entries;
    }
}
