package ru.mentoring.api.organization;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.OrganizationId;

/**
 * An organization's headcounts for a year were entered (or corrected).
 */
@Revision("1")
public record OrganizationHeadcountsSet(OrganizationId organizationId, int year, int students, int teachers) {
}
