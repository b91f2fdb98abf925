package ru.mentoring.api.reporting;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.OrganizationId;

import java.time.LocalDate;

/**
 * An organization's monitoring form for a year was submitted, frozen as it was sent; versions count from 1.
 * {@code checkpoint}: the fingerprint of the event store's checkpoint the form carries ({@code null} before).
 */
@Revision("1")
public record MonitoringFormSubmitted(OrganizationId organizationId, int year, int version, MonitoringForm form,
                                      LocalDate submittedOn, String reference, String checkpoint) {

    /** A submission stored before forms carried a checkpoint's fingerprint. */
    public MonitoringFormSubmitted(OrganizationId organizationId, int year, int version, MonitoringForm form,
                                   LocalDate submittedOn, String reference) {
        this(organizationId, year, version, form, submittedOn, reference, null);
    }
}
