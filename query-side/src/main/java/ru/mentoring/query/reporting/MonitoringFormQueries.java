package ru.mentoring.query.reporting;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.reporting.FindMonitoringForms;
import ru.mentoring.api.reporting.MonitoringForm;
import ru.mentoring.api.reporting.MonitoringFormPage;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fills the annual monitoring form of each organization from the read models — its people, consent and
 * satisfaction figures over {@link Participants} only, as the KPI report counts them; it counts as submitted on the
 * date of its first submitted version (or, before any, of a program's monitoring report). The form is due by
 * {@link #DUE} after the academic year (seed 000, stage 6: «до 20–25 ноября»).
 */
@Component
class MonitoringFormQueries {

    /** The last day of the regional centre's window for the annual form. */
    static final MonthDay DUE = MonthDay.of(11, 25);

    private final JdbcClient jdbc;
    private final Clock clock;

    MonitoringFormQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    MonitoringFormPage handle(FindMonitoringForms query) {
        String period = new AcademicPeriod(query.year()).toString();
        LocalDate due = DUE.atYear(query.year() + 1);
        List<Map<String, Object>> organizations = jdbc.sql("""
                        SELECT organization_id, name, municipality, region FROM organization_directory
                         WHERE (CAST(? AS UUID) IS NULL OR organization_id = ?)
                           AND (CAST(? AS TEXT) IS NULL OR region = ?)
                           AND (CAST(? AS TEXT) IS NULL OR municipality = ?)
                         ORDER BY municipality, name, organization_id LIMIT ? OFFSET ?""")
                .params(query.organizationId(), query.organizationId(), query.region(), query.region(),
                        query.municipality(), query.municipality(), query.size(), (long) query.page() * query.size())
                .query().listOfRows();
        long total = jdbc.sql("""
                        SELECT count(*) FROM organization_directory
                         WHERE (CAST(? AS UUID) IS NULL OR organization_id = ?)
                           AND (CAST(? AS TEXT) IS NULL OR region = ?)
                           AND (CAST(? AS TEXT) IS NULL OR municipality = ?)""")
                .params(query.organizationId(), query.organizationId(), query.region(), query.region(),
                        query.municipality(), query.municipality())
                .query(Long.class).single();
        return new MonitoringFormPage(organizations.stream()
                .map(organization -> form(organization, query.year(), period, due)).toList(),
                query.page(), query.size(), total);
    }

    private MonitoringForm form(Map<String, Object> organization, int year, String period, LocalDate due) {
        UUID id = (UUID) organization.get("organization_id");
        Map<String, Object> people = jdbc.sql("""
                        SELECT count(DISTINCT person_id) FILTER (WHERE role = 'MENTEE') AS mentees,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTEE' AND category = 'STUDENT') AS mentee_students,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTEE' AND category = 'YOUNG_SPECIALIST') AS young,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTOR') AS mentors,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTOR' AND category = 'STUDENT') AS mentor_students,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTOR' AND category = 'TEACHER') AS mentor_teachers,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTOR' AND category = 'EMPLOYER_REPRESENTATIVE') AS employers,
                               round(100.0 * count(*) FILTER (WHERE consent = 'GIVEN') / nullif(count(*), 0), 1) AS consent,
                               round(avg(satisfaction) FILTER (WHERE role = 'MENTEE'), 1) AS mentee_satisfaction,
                               round(avg(satisfaction) FILTER (WHERE role = 'MENTOR'), 1) AS mentor_satisfaction
                          FROM participant_base b WHERE organization_id = ? AND period = ? AND\s""" + Participants.of("b"))
                .params(id, period).query().singleRow();
        Map<String, Object> programs = jdbc.sql("""
                        SELECT count(*) AS programs, coalesce(sum(training_sessions), 0) AS training,
                               coalesce(sum(cases), 0) AS cases,
                               round(100.0 * sum(final_event_present) / nullif(sum(final_event_participants), 0), 1)
                                   AS participation,
                               coalesce((SELECT submitted_on FROM monitoring_form_submission
                                          WHERE organization_id = ? AND year = ? AND version = 1),
                                        max(report_submitted_on)) AS submitted_on,
                               coalesce((SELECT reference FROM monitoring_form_submission
                                          WHERE organization_id = ? AND year = ? AND version = 1),
                                        max(report_reference)) AS reference
                          FROM program_overview WHERE organization_id = ? AND period = ?""")
                .params(id, year, id, year, id, period).query().singleRow();
        Map<String, Object> pairs = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE p.status <> 'DISSOLVED') AS fixed,
                               count(*) FILTER (WHERE p.status = 'COMPLETED') AS completed,
                               count(*) FILTER (WHERE p.status = 'DISSOLVED') AS dissolved,
                               round(avg(CASE WHEN p.plan_activities = 0 THEN 0
                                              ELSE 100.0 * cardinality(p.plan_done) / p.plan_activities END)
                                     FILTER (WHERE p.status <> 'DISSOLVED'), 1) AS plans
                          FROM pair_progress p JOIN program_overview v ON v.program_id = p.program_id
                         WHERE v.organization_id = ? AND v.period = ?""")
                .params(id, period).query().singleRow();
        LocalDate submitted = programs.get("submitted_on") == null ? null
                : ((Date) programs.get("submitted_on")).toLocalDate();
        return new MonitoringForm(id, (String) organization.get("name"), (String) organization.get("municipality"),
                (String) organization.get("region"), period, integer(programs.get("programs")),
                number(people.get("mentees")), number(people.get("mentee_students")), number(people.get("young")),
                number(people.get("mentors")), number(people.get("mentor_students")),
                number(people.get("mentor_teachers")), number(people.get("employers")), number(pairs.get("fixed")),
                number(pairs.get("completed")), number(pairs.get("dissolved")), decimal(people.get("consent")),
                decimal(pairs.get("plans")), decimal(programs.get("participation")),
                decimal(people.get("mentee_satisfaction")), decimal(people.get("mentor_satisfaction")),
                integer(programs.get("training")), integer(programs.get("cases")), due, submitted,
                (String) programs.get("reference"), submitted == null ? LocalDate.now(clock).isAfter(due)
                : submitted.isAfter(due));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
