package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.OrganizationId;

/**
 * A mentoring program was opened for an organization and an academic year; it is in preparation.
 */
@Revision("1")
public record ProgramCreated(ProgramId programId, OrganizationId organizationId, AcademicPeriod period, String title) {

    /** The longest title a program may have. */
    public static final int TITLE_MAX_LENGTH = 300;
}
