package ru.mentoring.query.reporting;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.reporting.FindKpiReport;
import ru.mentoring.api.reporting.FormCount;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.KpiReport;
import ru.mentoring.api.reporting.KpiValue;
import ru.mentoring.api.reporting.TargetCheck;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Computes the KPI report from the read models: who is in a fixed pair (the bases), plan completion (pair
 * progress), the final event and training (program overview), and the reference data. Every count of people —
 * the indicators, the satisfaction averages, the organization's coverage and consent — counts only
 * {@link Participants}; a figure's value is {@code 100 × numerator / denominator}. Every indicator lists the
 * people (or enterprises) behind its numerator, so it can be traced.
 */
@Component
class KpiReportQueries {

    private final JdbcClient jdbc;

    KpiReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which participants a report covers: a period, and an organization or a territory. */
    private record Scope(String name, String where, List<Object> params) {
    }

    @QueryHandler
    Optional<KpiReport> handle(FindKpiReport query) {
        String period = new AcademicPeriod(query.year()).toString();
        Scope found = scope(query, period);
        if (found == null) {
            return Optional.empty();
        }
        Scope scope = query.form() == null ? found : new Scope(found.name(),
                found.where() + " AND " + Participants.ofForm("b"), params(found, query.form().name()));
        List<KpiValue> indicators = new ArrayList<>();
        Map<String, Object> figures = query.territory() == null ? Map.of() : figures(query.territory(), query.year());
        indicators.add(people(Kpi.MENTEES_10_19, scope, "b.role = 'MENTEE' AND b.category = 'STUDENT' "
                + "AND b.age BETWEEN 10 AND 19", figures.get("children_10_19"), query));
        indicators.add(people(Kpi.MENTORS_15_19, scope, "b.role = 'MENTOR' AND b.category = 'STUDENT' "
                + "AND b.age BETWEEN 15 AND 19", figures.get("children_15_19"), query));
        indicators.add(people(Kpi.YOUNG_TEACHERS, scope, "b.role = 'MENTEE' AND b.category = 'YOUNG_SPECIALIST'",
                figures.get("young_teachers"), query));
        indicators.add(enterprises(scope, figures.get("enterprises"), query));
        indicators.add(satisfaction(Kpi.MENTEE_SATISFACTION, scope, "MENTEE", query));
        indicators.add(satisfaction(Kpi.MENTOR_SATISFACTION, scope, "MENTOR", query));
        List<TargetCheck> targets = query.organizationId() == null ? List.of()
                : organizationTargets(query.organizationId(), query.year(), scope);
        return Optional.of(new KpiReport(scope.name(), query.year(), period, indicators, targets, byForm(found)));
    }

    private Scope scope(FindKpiReport query, String period) {
        if (query.organizationId() != null) {
            return jdbc.sql("SELECT name FROM organization_directory WHERE organization_id = ?")
                    .param(query.organizationId()).query(String.class).optional()
                    .map(name -> new Scope(name, "b.period = ? AND b.organization_id = ?",
                            List.of(period, query.organizationId())))
                    .orElse(null);
        }
        TerritoryId territory = query.territory();
        if (territory == null) {
            return null;
        }
        return territory.level() == TerritoryLevel.REGION
                ? new Scope(territory.region(), "b.period = ? AND o.region = ?", List.of(period, territory.region()))
                : new Scope(territory.municipality(), "b.period = ? AND o.region = ? AND o.municipality = ?",
                List.of(period, territory.region(), territory.municipality()));
    }

    private Map<String, Object> figures(TerritoryId territory, int year) {
        return jdbc.sql("SELECT * FROM territory_figures WHERE level = ? AND region = ? AND municipality = ? "
                        + "AND year = ?")
                .params(territory.level().name(), territory.region(), ReferenceDataProjection.municipality(territory),
                        year)
                .query().listOfRows().stream().findFirst().orElse(Map.of());
    }

    private Integer target(Kpi kpi, FindKpiReport query) {
        TerritoryId territory = query.territory();
        if (territory == null) {
            return null;
        }
        return jdbc.sql("SELECT target FROM kpi_target WHERE level = ? AND region = ? AND municipality = ? "
                        + "AND year = ? AND kpi = ?")
                .params(territory.level().name(), territory.region(), ReferenceDataProjection.municipality(territory),
                        query.year(), kpi.name())
                .query(Integer.class).optional().orElse(null);
    }

    private List<Object> params(Scope scope, Object... more) {
        List<Object> params = new ArrayList<>(scope.params());
        params.addAll(List.of(more));
        return params;
    }

    private static final String BASE = " FROM participant_base b LEFT JOIN organization_directory o "
            + "ON o.organization_id = b.organization_id WHERE ";

    private KpiValue people(Kpi kpi, Scope scope, String who, Object denominator, FindKpiReport query) {
        List<UUID> people = jdbc.sql("SELECT DISTINCT b.person_id" + BASE + scope.where()
                        + " AND " + Participants.of("b") + " AND " + who + " ORDER BY 1")
                .params(scope.params()).query(UUID.class).list();
        return value(kpi, people.size(), denominator == null ? null : ((Number) denominator).longValue(), query,
                people, List.of(), scope);
    }

    private KpiValue enterprises(Scope scope, Object denominator, FindKpiReport query) {
        List<String> names = jdbc.sql("SELECT DISTINCT lower(trim(b.enterprise))" + BASE + scope.where()
                        + " AND " + Participants.of("b") + " AND b.role = 'MENTOR'"
                        + " AND b.category = 'EMPLOYER_REPRESENTATIVE'"
                        + " AND b.enterprise IS NOT NULL ORDER BY 1")
                .params(scope.params()).query(String.class).list();
        List<UUID> people = jdbc.sql("SELECT DISTINCT b.person_id" + BASE + scope.where()
                        + " AND " + Participants.of("b") + " AND b.role = 'MENTOR'"
                        + " AND b.category = 'EMPLOYER_REPRESENTATIVE'"
                        + " ORDER BY 1")
                .params(scope.params()).query(UUID.class).list();
        return value(Kpi.ENTERPRISES, names.size(), denominator == null ? null : ((Number) denominator).longValue(),
                query, people, names, scope);
    }

    private KpiValue satisfaction(Kpi kpi, Scope scope, String role, FindKpiReport query) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT b.person_id, b.satisfaction" + BASE + scope.where()
                        + " AND " + Participants.of("b") + " AND b.role = ? AND b.satisfaction IS NOT NULL"
                        + " ORDER BY b.person_id")
                .params(params(scope, role)).query().listOfRows();
        long sum = rows.stream().mapToLong(row -> ((Number) row.get("satisfaction")).longValue()).sum();
        List<UUID> people = rows.stream().map(row -> (UUID) row.get("person_id")).toList();
        return value(kpi, sum, rows.isEmpty() ? null : 100L * rows.size(), query, people, List.of(), scope);
    }

    private KpiValue value(Kpi kpi, long numerator, Long denominator, FindKpiReport query, List<UUID> people,
                           List<String> enterprises, Scope scope) {
        Double value = KpiArithmetic.percent(numerator, denominator);
        Integer target = target(kpi, query);
        Boolean met = value == null || target == null ? null : value >= target;
        List<Object> params = params(scope, (Object) people.toArray(UUID[]::new));
        List<UUID> pairs = jdbc.sql("SELECT DISTINCT p.pair_id FROM base_pair p JOIN participant_base b"
                        + " ON b.program_id = p.program_id AND (b.person_id = ANY (p.mentees) OR b.person_id = ANY (p.mentors))"
                        + " LEFT JOIN organization_directory o ON o.organization_id = b.organization_id WHERE "
                        + scope.where() + " AND p.status = 'FIXED' AND b.person_id = ANY (?) ORDER BY 1")
                .params(params).query(UUID.class).list();
        List<UUID> programs = jdbc.sql("SELECT DISTINCT b.program_id" + BASE + scope.where()
                        + " AND b.person_id = ANY (?) ORDER BY 1")
                .params(params).query(UUID.class).list();
        return new KpiValue(kpi, kpi.title(), numerator, denominator, value, target, met, people, enterprises, pairs,
                programs);
    }

    /**
     * The organization targets of seed 001, each with its numerator and denominator. Coverage counts mentees
     * only — seed 001 sets the 5 % under «формирование базы наставляемых» — students against the students, and
     * pedagogues (teachers, young specialists, new teachers, teachers without pedagogical education) against
     * the teachers of the organization's headcount; consent is a share of the participants; plans are the
     * activities done of those planned in the pairs that hold.
     */
    private List<TargetCheck> organizationTargets(UUID organization, int year, Scope scope) {
        Map<String, Object> headcount = jdbc.sql("SELECT students, teachers FROM organization_headcount "
                        + "WHERE organization_id = ? AND year = ?")
                .params(organization, year).query().listOfRows().stream().findFirst().orElse(Map.of());
        long students = participants(scope, "b.role = 'MENTEE' AND b.category = 'STUDENT'");
        long teachers = participants(scope, "b.role = 'MENTEE' AND b.category IN ('TEACHER', 'YOUNG_SPECIALIST', "
                + "'NEW_TEACHER', 'TEACHER_WITHOUT_PEDAGOGICAL_EDUCATION')");
        long participants = participants(scope, "TRUE");
        long consented = participants(scope, "b.consent = 'GIVEN'");
        Map<String, Object> program = jdbc.sql("""
                        SELECT max(training_sessions) AS training,
                               sum(final_event_present) AS present, sum(final_event_participants) AS invited
                          FROM program_overview WHERE organization_id = ? AND period = ?""")
                .params(organization, scope.params().get(0)).query().singleRow();
        Map<String, Object> plans = jdbc.sql("""
                        SELECT sum(cardinality(p.plan_done)) AS done, sum(p.plan_activities) AS planned
                          FROM pair_progress p JOIN program_overview v ON v.program_id = p.program_id
                         WHERE v.organization_id = ? AND v.period = ? AND p.status <> 'DISSOLVED'""")
                .params(organization, scope.params().get(0)).query().singleRow();
        long training = number(program.get("training"));
        List<TargetCheck> checks = new ArrayList<>();
        checks.add(share("student-coverage", "Охват обучающихся наставничеством", students,
                headcount.get("students"), 5));
        checks.add(share("teacher-coverage", "Охват педагогов наставничеством", teachers,
                headcount.get("teachers"), 5));
        checks.add(share("consent", "Согласия на обработку персональных данных", consented, participants, 100));
        checks.add(share("plans-done", "Выполнение индивидуальных планов", number(plans.get("done")),
                plans.get("planned"), 90));
        checks.add(share("final-event-participation", "Участие в итоговом мероприятии",
                number(program.get("present")), program.get("invited"), 90));
        checks.add(new TargetCheck("mentor-training", "Обучающих занятий для наставников", training, null,
                program.get("training") == null ? null : (double) training, 3, training >= 3));
        return checks;
    }

    /** How many distinct participants of the scope meet {@code condition}. */
    private long participants(Scope scope, String condition) {
        return jdbc.sql("SELECT count(DISTINCT b.person_id)" + BASE + scope.where() + " AND "
                        + Participants.of("b") + " AND " + condition)
                .params(scope.params()).query(Long.class).single();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A target that is a share: unknown (and not met) while its denominator is missing or zero. */
    private static TargetCheck share(String code, String title, long numerator, Object denominator, double target) {
        Long total = denominator == null ? null : ((Number) denominator).longValue();
        Double value = KpiArithmetic.percent(numerator, total);
        return new TargetCheck(code, title, numerator, total, value, target, value != null && value >= target);
    }

    /** Pairs and groups by form, and the distinct people in them: a mentor of two pairs counts once. */
    private List<FormCount> byForm(Scope scope) {
        return jdbc.sql("""
                        WITH fixed AS (
                            SELECT p.form, p.mentees, p.mentors
                              FROM base_pair p
                              JOIN base_program b ON b.program_id = p.program_id
                              LEFT JOIN organization_directory o ON o.organization_id = b.organization_id
                             WHERE p.status = 'FIXED' AND\s""" + scope.where() + """
                        )
                        SELECT f.form, count(*) AS pairs,
                               (SELECT count(DISTINCT person) FROM fixed g, unnest(g.mentees) AS person
                                 WHERE g.form = f.form) AS mentees,
                               (SELECT count(DISTINCT person) FROM fixed g, unnest(g.mentors) AS person
                                 WHERE g.form = f.form) AS mentors
                          FROM fixed f GROUP BY f.form ORDER BY f.form""")
                .params(scope.params())
                .query((row, number) -> new FormCount(row.getString("form"),
                        MentoringForm.valueOf(row.getString("form")).title(), row.getLong("pairs"),
                        row.getLong("mentees"), row.getLong("mentors")))
                .list();
    }
}
