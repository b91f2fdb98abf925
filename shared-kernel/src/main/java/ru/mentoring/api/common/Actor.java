package ru.mentoring.api.common;

import ru.mentoring.api.access.Scope;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.Optional;

/**
 * Who issued a command: a user or API client id, the role they acted in and the scope of that role (a region,
 * a municipality of a region, or an organization). Travels as message metadata (never in payloads), so that
 * every stored event says who caused it and where they were allowed to act.
 *
 * @param userId       the login of the person or the id of the API client; never blank
 * @param role         the role the identity acted in
 * @param region       the region of a regional or municipal scope, or {@code null}
 * @param municipality the municipality of a municipal scope, or {@code null}
 * @param organization the organization (its id) of a curator, or {@code null} above the schools
 */
public record Actor(String userId, ActorRole role, String region, String municipality, String organization) {

    /** Metadata key of the acting user's id. */
    public static final String USER_ID = "actorId";
    /** Metadata key of the acting user's role. */
    public static final String ROLE = "actorRole";
    /** Metadata key of the acting user's region. */
    public static final String REGION = "actorRegion";
    /** Metadata key of the acting user's municipality. */
    public static final String MUNICIPALITY = "actorMunicipality";
    /** Metadata key of the acting user's organization. */
    public static final String ORGANIZATION = "actorOrganization";
    /** Metadata key of the correlation id shared by every message that one request caused. */
    public static final String CORRELATION_ID = "correlationId";

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("an actor needs a user id");
        }
        Objects.requireNonNull(role, "an actor needs a role");
        region = blankToNull(region);
        municipality = blankToNull(municipality);
        organization = blankToNull(organization);
    }

    /** The engine acting on its own (deadlines, policies). */
    public static Actor system() {
        return new Actor("system", ActorRole.SYSTEM, null, null, null);
    }

    /** Where this actor may act. */
    public Scope scope() {
        return new Scope(region, municipality, organization == null ? null : UUID.fromString(organization));
    }

    /** This actor as message metadata entries. */
    public Map<String, String> asMetaData() {
        Map<String, String> entries = new HashMap<>();
        entries.put(USER_ID, userId);
        entries.put(ROLE, role.name());
        putIfPresent(entries, REGION, region);
        putIfPresent(entries, MUNICIPALITY, municipality);
        putIfPresent(entries, ORGANIZATION, organization);
        return entries;
    }

    /** The actor a message's metadata names, if it names a valid one. */
    public static Optional<Actor> fromMetaData(Map<String, ?> metaData) {
        if (!(metaData.get(USER_ID) instanceof String id) || id.isBlank()
                || !(metaData.get(ROLE) instanceof String roleName)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Actor(id, ActorRole.valueOf(roleName), text(metaData, REGION),
                    text(metaData, MUNICIPALITY), text(metaData, ORGANIZATION)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(Map<String, ?> metaData, String key) {
        return metaData.get(key) instanceof String value ? value : null;
    }

    private static void putIfPresent(Map<String, String> entries, String key, String value) {
        if (value != null) {
            entries.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
