package ru.mentoring.app.security.api;

import ru.mentoring.api.common.ActorRole;

import java.time.Instant;
import java.util.UUID;

/**
 * A registered API client: a reporting system, an automation, another region's portal. Its role and scope go
 * into every token it gets.
 */
public record ApiClient(String clientId, String name, ActorRole role, String region, String municipality,
                        UUID organizationId, String createdBy, Instant createdAt, Instant lastUsedAt,
                        Instant revokedAt) {


    public boolean revoked() {
        return revokedAt != null;
    }
}
