package ru.mentoring.api.reporting;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.OrganizationId;

import java.time.LocalDate;

/**
 * An organization's monitoring form for a year was submitted, frozen as it was sent; versions count from 1.
 */
@Revision("1")
public record MonitoringFormSubmitted(OrganizationId organizationId, int year, int version, MonitoringForm form,
                                      LocalDate submittedOn, String reference) {
}
