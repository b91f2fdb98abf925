package ru.mentoring.api.access;

import java.util.UUID;

/**
 * Where something lies in the territory: an organization (with its municipality and region), a municipality,
 * or a region. Programs, pairs and road maps lie where their organization or territory lies; a person lies
 * wherever an organization registered or enrolled them.
 */
public record Place(String region, String municipality, UUID organizationId) {

    public Place {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("a place lies in a region");
        }
    }
}
