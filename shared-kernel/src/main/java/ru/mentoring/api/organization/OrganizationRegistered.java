package ru.mentoring.api.organization;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.OrganizationId;

/**
 * An educational organization was registered in its municipality and region.
 */
@Revision("1")
public record OrganizationRegistered(OrganizationId organizationId, String name, String municipality, String region) {
}
