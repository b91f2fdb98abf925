package ru.mentoring.api.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.OrganizationId;

import java.time.LocalDate;

/**
 * Submits an organization's annual monitoring form to the regional centre, with its figures as they are sent:
 * they are frozen in the event. Submitting again (after late or backdated entries) makes a new version.
 * {@code checkpoint} is the fingerprint of the event store's checkpoint taken for the submission: the form sent
 * upward says what the store held when it was made (README, «Audit»).
 */
public record SubmitMonitoringForm(
        @TargetAggregateIdentifier @NotNull OrganizationId organizationId,
        @Min(2000) @Max(2100) int year,
        @NotNull MonitoringForm form,
        @NotNull LocalDate submittedOn,
        @NotBlank @Size(max = 300) String reference,
        @Size(max = 40) String checkpoint) {

    /** A submission that carries no checkpoint's fingerprint. */
    public SubmitMonitoringForm(OrganizationId organizationId, int year, MonitoringForm form, LocalDate submittedOn,
                                String reference) {
        this(organizationId, year, form, submittedOn, reference, null);
    }
}
