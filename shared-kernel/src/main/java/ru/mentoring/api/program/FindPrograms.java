package ru.mentoring.api.program;

import ru.mentoring.api.common.OrganizationId;

/**
 * Asks the program registry for a page of programs, newest first, optionally of one organization and/or
 * one academic year; answered with a {@link ProgramPage}.
 *
 * @param organizationId only this organization's programs, or {@code null} for all
 * @param period         only this academic year, or {@code null} for all
 * @param page           zero-based page number
 * @param size           programs per page
 */
public record FindPrograms(OrganizationId organizationId, String region, String municipality, AcademicPeriod period,
                           int page, int size) {

    /** The programs of one organization, or of all, by period. */
    public FindPrograms(OrganizationId organizationId, AcademicPeriod period, int page, int size) {
        this(organizationId, null, null, period, page, size);
    }

    public FindPrograms {
        if (page < 0) {
            throw new IllegalArgumentException("номер страницы не может быть отрицательным");
        }
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("размер страницы от 1 до 500");
        }
    }
}
