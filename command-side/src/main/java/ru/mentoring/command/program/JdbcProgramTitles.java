package ru.mentoring.command.program;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.ProgramCreated;

/**
 * Keeps the taken program titles in a command-side lookup table. Its processing group is subscribing, so the
 * row is written in the same transaction as the event: the table's unique key refuses a second program that
 * raced past {@link #isTaken} at the same moment, and the losing command's events are rolled back with it.
 */
@Component
@ProcessingGroup(JdbcProgramTitles.PROCESSING_GROUP)
class JdbcProgramTitles implements ProgramTitles {

    static final String PROCESSING_GROUP = "program-titles";

    private final JdbcClient jdbc;

    JdbcProgramTitles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isTaken(OrganizationId organization, AcademicPeriod period, String title) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM program_title
                                        WHERE organization_id = ? AND period = ? AND title_key = ?)""")
                .params(organization.value(), period.toString(), ProgramTitles.key(title))
                .query(Boolean.class)
                .single();
    }

    @EventHandler
    void on(ProgramCreated event) {
        jdbc.sql("INSERT INTO program_title (organization_id, period, title_key, program_id) VALUES (?, ?, ?, ?)")
                .params(event.organizationId().value(), event.period().toString(), ProgramTitles.key(event.title()),
                        event.programId().value())
                .update();
    }
}
