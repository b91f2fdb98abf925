package ru.mentoring.api.organization;

/**
 * Asks the organization directory for the organizations of a region and/or municipality (either may be
 * {@code null} for all); answered with a list of {@link OrganizationSummary}.
 */
public record FindOrganizations(String region, String municipality) {
}
