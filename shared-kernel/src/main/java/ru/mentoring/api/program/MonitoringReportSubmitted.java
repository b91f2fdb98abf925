package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The monitoring report of the program was submitted.
 */
@Revision("1")
public record MonitoringReportSubmitted(
        ProgramId programId,
        LocalDate date,
        String reference) implements ProgramMilestoneReached {

    @Override
    public ProgramMilestone milestone() {
        return ProgramMilestone.MONITORING_REPORT_SUBMITTED;
    }
}
