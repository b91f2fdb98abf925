package ru.mentoring.command.program;

import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.command.common.DomainRuleViolation;

/**
 * The titles of the programs already opened, per organization and academic year: the one set-based check a
 * single Program aggregate cannot make by itself. Titles compare without regard to case and spacing.
 */
public interface ProgramTitles {

    boolean isTaken(OrganizationId organization, AcademicPeriod period, String title);

    /** The form in which titles are compared: lower case, runs of white space folded to one space. */
    static String key(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** The refusal of a second program with a title already taken in the organization and academic year. */
    static DomainRuleViolation taken(AcademicPeriod period, String title) {
        return new DomainRuleViolation("program.already-exists",
                "В организации уже есть программа «" + title + "» на " + period + " учебный год");
    }
}
