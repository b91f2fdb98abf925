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
 * row is written in the same transaction as the event, and its errors propagate (see {@link ProgramConfiguration}):
 * when two commands race past {@link #isTaken} with one title, the table's unique key makes the second insert
 * wait for the first transaction and then insert nothing; the handler turns that into the same refusal that
 * {@link #isTaken} gives, and the losing command's events are rolled back with it. {@code ON CONFLICT DO NOTHING}
 * rather than catching the duplicate key, because in PostgreSQL a failed statement aborts the whole transaction.
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
        int inserted = jdbc.sql("""
                        INSERT INTO program_title (organization_id, period, title_key, program_id)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.organizationId().value(), event.period().toString(), ProgramTitles.key(event.title()),
                        event.programId().value())
                .update();
        if (inserted == 0 && !isOwnedBy(event)) {
            throw ProgramTitles.taken(event.period(), event.title());
        }
    }

    /** Whether the row that is already there is this very program's (the same event handled again). */
    private boolean isOwnedBy(ProgramCreated event) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM program_title
                                        WHERE organization_id = ? AND period = ? AND title_key = ? AND program_id = ?)""")
                .params(event.organizationId().value(), event.period().toString(), ProgramTitles.key(event.title()),
                        event.programId().value())
                .query(Boolean.class)
                .single();
    }
}
