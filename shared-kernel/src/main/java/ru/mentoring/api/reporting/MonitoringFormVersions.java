package ru.mentoring.api.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * An organization's monitoring form side by side: the figures now, and each submitted version as it was sent.
 */
public record MonitoringFormVersions(MonitoringForm current, List<SubmittedVersion> submitted) {

    /** One submitted version, with the fingerprint of the event store's checkpoint it carried. */
    public record SubmittedVersion(int version, LocalDate submittedOn, String reference, MonitoringForm form,
                                   String checkpoint) {
    }

    public MonitoringFormVersions {
        submitted = List.copyOf(submitted);
    }
}
