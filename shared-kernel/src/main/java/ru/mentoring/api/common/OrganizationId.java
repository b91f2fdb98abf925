package ru.mentoring.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * An educational organization (образовательная организация, ОО): a school, college or institution of
 * additional education.
 */
public record OrganizationId(@JsonValue UUID value) {

    /** Ids travel as their bare UUID, in events and over HTTP alike. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrganizationId from(UUID value) {
        return new OrganizationId(value);
    }

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
