package ru.mentoring.api.organization;

import java.util.UUID;

/**
 * Asks for an organization's headcounts of every year entered so far; answered with a list of
 * {@link OrganizationHeadcounts}, oldest year first.
 */
public record FindOrganizationHeadcounts(UUID organizationId) {
}
