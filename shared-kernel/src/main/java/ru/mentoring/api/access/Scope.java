package ru.mentoring.api.access;

import java.util.UUID;
import java.util.Objects;

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

    public static Scope installation() {
        return new Scope(null, null, null);
    }

    public static Scope region(String region) {
        return new Scope(requireName(region, "region"), null, null);
    }

    public static Scope municipality(String region, String municipality) {
        return new Scope(requireName(region, "region"), requireName(municipality, "municipality"), null);
    }

    public static Scope organization(UUID organizationId) {
        return new Scope(null, null, Objects.requireNonNull(organizationId));
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

    private static String requireName(String name, String what) {
        if (blankToNull(name) == null) {
            throw new IllegalArgumentException("a scope needs its " + what);
        }
        return name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
