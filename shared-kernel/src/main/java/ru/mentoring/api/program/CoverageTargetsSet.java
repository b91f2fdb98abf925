package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

/**
 * The program's coverage targets were set against the organization's headcounts.
 */
@Revision("1")
public record CoverageTargetsSet(
        ProgramId programId,
        int students,
        int teachers,
        int studentCoveragePercent,
        int teacherCoveragePercent) {
}
