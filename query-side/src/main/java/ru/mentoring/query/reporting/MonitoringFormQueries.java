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
import java.util.HashMap;
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
        UUID[] ids = organizations.stream().map(row -> (UUID) row.get("organization_id")).toArray(UUID[]::new);
        if (ids.length == 0) {
            return new MonitoringFormPage(List.of(), query.page(), query.size(), total);
        }
        Map<UUID, Map<String, Object>> people = people(ids, period);
        Map<UUID, Map<String, Object>> programs = programs(ids, query.year(), period);
        Map<UUID, Map<String, Object>> pairs = pairs(ids, period);
        return new MonitoringFormPage(organizations.stream()
                .map(organization -> {
                    UUID id = (UUID) organization.get("organization_id");
                    return form(organization, people.getOrDefault(id, Map.of()), programs.get(id),
                            pairs.getOrDefault(id, Map.of()), period, due);
                }).toList(),
                query.page(), query.size(), total);
    }

    /**
     * The participants' figures of each organization, over {@link Participants} only: the organizations' fixed
     * pairs are unnested once into their members (as {@link KpiScope} does), not looked up row by row.
     */
    private Map<UUID, Map<String, Object>> people(UUID[] organizations, String period) {
        return byOrganization("""
                        WITH member AS (
                            SELECT p.program_id, m.person_id
                              FROM base_pair p JOIN base_program g ON g.program_id = p.program_id
                             CROSS JOIN LATERAL unnest(p.mentees || p.mentors) AS m(person_id)
                             WHERE p.status = 'FIXED' AND g.organization_id = ANY (?) AND g.period = ?
                        )
                        SELECT organization_id,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTEE') AS mentees,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTEE' AND category = 'STUDENT') AS mentee_students,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTEE' AND category = 'YOUNG_SPECIALIST') AS young,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTOR') AS mentors,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTOR' AND category = 'STUDENT') AS mentor_students,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTOR' AND category = 'TEACHER') AS mentor_teachers,
                               count(DISTINCT person_id) FILTER (WHERE role = 'MENTOR' AND category = 'EMPLOYER_REPRESENTATIVE') AS employers,
                               round(100.0 * count(*) FILTER (WHERE consent = 'GIVEN') / nullif(count(*), 0), 1) AS consent,
                               round(avg(satisfaction) FILTER (WHERE role = 'MENTEE'), 1) AS mentee_satisfaction,
                               round(avg(satisfaction) FILTER (WHERE role = 'MENTOR'), 1) AS mentor_satisfaction
                          FROM participant_base b
                         WHERE organization_id = ANY (?) AND period = ?
                           AND (program_id, person_id) IN (SELECT program_id, person_id FROM member)
                         GROUP BY organization_id""", organizations, period, organizations, period);
    }

    /** Each organization's programs of the period, with the date and reference of its first submitted version. */
    private Map<UUID, Map<String, Object>> programs(UUID[] organizations, int year, String period) {
        return byOrganization("""
                        SELECT org.id AS organization_id, count(v.program_id) AS programs,
                               coalesce(sum(training_sessions), 0) AS training,
                               coalesce(sum(cases), 0) AS cases,
                               round(100.0 * sum(final_event_present) / nullif(sum(final_event_participants), 0), 1)
                                   AS participation,
                               coalesce((SELECT submitted_on FROM monitoring_form_submission s
                                          WHERE s.organization_id = org.id AND s.year = ? AND s.version = 1),
                                        max(report_submitted_on)) AS submitted_on,
                               coalesce((SELECT reference FROM monitoring_form_submission s
                                          WHERE s.organization_id = org.id AND s.year = ? AND s.version = 1),
                                        max(report_reference)) AS reference
                          FROM unnest(CAST(? AS UUID[])) AS org(id)
                          LEFT JOIN program_overview v ON v.organization_id = org.id AND v.period = ?
                         GROUP BY org.id""", year, year, organizations, period);
    }

    /** Each organization's pairs and groups of the period by how they ended, and their plans' completion. */
    private Map<UUID, Map<String, Object>> pairs(UUID[] organizations, String period) {
        return byOrganization("""
                        SELECT v.organization_id,
                               count(*) FILTER (WHERE p.status <> 'DISSOLVED') AS fixed,
                               count(*) FILTER (WHERE p.status = 'COMPLETED') AS completed,
                               count(*) FILTER (WHERE p.status = 'DISSOLVED') AS dissolved,
                               round(avg(CASE WHEN p.plan_activities = 0 THEN 0
                                              ELSE 100.0 * cardinality(p.plan_done) / p.plan_activities END)
                                     FILTER (WHERE p.status <> 'DISSOLVED'), 1) AS plans
                          FROM pair_progress p JOIN program_overview v ON v.program_id = p.program_id
                         WHERE v.organization_id = ANY (?) AND v.period = ?
                         GROUP BY v.organization_id""", organizations, period);
    }

    private Map<UUID, Map<String, Object>> byOrganization(String sql, Object... params) {
        Map<UUID, Map<String, Object>> rows = new HashMap<>();
        jdbc.sql(sql).params(params).query().listOfRows()
                .forEach(row -> rows.put((UUID) row.get("organization_id"), row));
        return rows;
    }

    private MonitoringForm form(Map<String, Object> organization, Map<String, Object> people,
                                Map<String, Object> programs, Map<String, Object> pairs, String period,
                                LocalDate due) {
        UUID id = (UUID) organization.get("organization_id");
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
