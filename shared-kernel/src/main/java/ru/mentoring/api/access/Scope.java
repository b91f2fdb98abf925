package ru.mentoring.api.access;

import java.util.UUID;

/**
 * The territory an identity acts in: the whole installation, a region, a municipality of a region, or one
 * organization (with the municipality and region it lies in, when known).
 *
 * @param region         the region's name, {@code null} only for the installation
 * @param municipality   the municipality's name, or {@code null} above it
 * @param organizationId the organization, or {@code null} above it
 */
public record Scope(String region, String municipality, UUID organizationId) {

    public Scope {
        region = blankToNull(region);
        municipality = blankToNull(municipality);
        if (region == null && (municipality != null)) {
            throw new IllegalArgumentException("a municipality's scope names its region");
        }
    }

    public Level level() {
        if (organizationId != null) {
            return Level.ORGANIZATION;
        }
        if (municipality != null) {
            return Level.MUNICIPALITY;
        }
        return region != null ? Level.REGION : Level.INSTALLATION;
    }

    /** Whether a place lies inside this scope (the installation covers no domain place: its role has none). */
    public boolean covers(Place place) {
        return switch (level()) {
            case ORGANIZATION -> organizationId.equals(place.organizationId());
            case MUNICIPALITY -> region.equals(place.region()) && municipality.equals(place.municipality());
            case REGION -> region.equals(place.region());
            case INSTALLATION -> false;
        };
    }

    /** How wide a scope is. */
    public enum Level { INSTALLATION, REGION, MUNICIPALITY, ORGANIZATION }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
