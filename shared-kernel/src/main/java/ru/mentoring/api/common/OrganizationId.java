package ru.mentoring.api.common;

import java.util.Objects;
import java.util.UUID;

/**
 * An educational organization (образовательная организация, ОО): a school, college or institution of
 * additional education.
 */
public record OrganizationId(UUID value) {

    public OrganizationId {
        Objects.requireNonNull(value, "an organization id needs a value");
    }

    public static OrganizationId of(String value) {
        return new OrganizationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
