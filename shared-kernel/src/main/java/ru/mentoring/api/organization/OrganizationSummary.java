package ru.mentoring.api.organization;

import java.util.UUID;

/**
 * An organization as the directory shows it.
 */
public record OrganizationSummary(UUID organizationId, String name, String municipality, String region) {
}
