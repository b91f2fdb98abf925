package ru.mentoring.query.reporting;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.reporting.FindKpiReport;
import ru.mentoring.api.reporting.FormCount;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.KpiReport;
import ru.mentoring.api.reporting.KpiValue;
import ru.mentoring.api.reporting.TargetCheck;
import ru.mentoring.api.reporting.TerritoryId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Computes the KPI report from the read models: who is in a fixed pair (the bases), plan completion (pair
 * progress), the final event and training (program overview), and the reference data. Every count of people —
 * the indicators, the satisfaction averages, the organization's coverage and consent — counts only
 * {@link Participants} (set-wise, see {@link KpiScope}); a figure's value is {@code 100 × numerator /
 * denominator}. Every indicator lists the first {@link KpiValue#LISTED} people (or enterprises) behind its
 * numerator with their pairs and programs, and how many there are; {@link KpiTraceQueries} pages through all.
 */
@Component
class KpiReportQueries {

    private final JdbcClient jdbc;

    KpiReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<KpiReport> handle(FindKpiReport query) {
        return KpiScope.of(jdbc, query.organizationId(), query.territory(), query.year(), query.form())
                .map(scope -> report(query, scope));
    }

    private KpiReport report(FindKpiReport query, KpiScope scope) {
        Map<String, Object> counted = count(scope);
        Map<String, Object> figures = query.territory() == null ? Map.of() : figures(query.territory(), query.year());
        Map<String, Integer> targets = targets(query);
        List<KpiValue> indicators = new ArrayList<>();
        for (Kpi kpi : List.of(Kpi.MENTEES_10_19, Kpi.MENTORS_15_19, Kpi.YOUNG_TEACHERS)) {
            long people = number(counted.get(column(kpi) + "_total"));
            indicators.add(value(kpi, people, whole(figures.get(DENOMINATORS.get(kpi))), counted, List.of(),
                    targets, scope));
        }
        indicators.add(value(Kpi.ENTERPRISES, number(counted.get("enterprises")),
                whole(figures.get("enterprises")), counted, texts(counted.get("enterprise_names")), targets, scope));
        for (Kpi kpi : List.of(Kpi.MENTEE_SATISFACTION, Kpi.MENTOR_SATISFACTION)) {
            long answers = number(counted.get(column(kpi) + "_answers"));
            indicators.add(value(kpi, number(counted.get(column(kpi) + "_sum")), answers == 0 ? null : 100L * answers,
                    counted, List.of(), targets, scope));
        }
        List<TargetCheck> checks = query.organizationId() == null ? List.of()
                : organizationTargets(query.organizationId(), query.year(), scope, counted);
        return new KpiReport(scope.name(), query.year(), scope.period(), indicators, checks, byForm(scope.anyForm()));
    }

    /** Where a territory's figures keep each people indicator's denominator. */
    private static final Map<Kpi, String> DENOMINATORS = Map.of(Kpi.MENTEES_10_19, "children_10_19",
            Kpi.MENTORS_15_19, "children_15_19", Kpi.YOUNG_TEACHERS, "young_teachers");

    private static String column(Kpi kpi) {
        return kpi.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Every count the report needs, in one pass over the scope's participants folded to one row a person: each
     * indicator's people (how many, and the first {@link KpiValue#LISTED} by id), the satisfaction sums and
     * answers (over every row, as a person in two programs answered twice), the people the organization targets
     * divide, and the enterprises.
     */
    private Map<String, Object> count(KpiScope scope) {
        StringBuilder person = new StringBuilder(", person AS (SELECT b.person_id, ");
        StringBuilder select = new StringBuilder("SELECT ");
        for (Kpi kpi : Kpi.values()) {
            String name = column(kpi);
            person.append("bool_or(").append(KpiScope.who(kpi)).append(") AS ").append(name).append(", ");
            select.append("count(*) FILTER (WHERE ").append(name).append(") AS ").append(name).append("_total, ")
                    .append("(array_agg(person_id ORDER BY person_id) FILTER (WHERE ").append(name).append("))[1:")
                    .append(KpiValue.LISTED).append("] AS ").append(name).append("_people, ");
        }
        for (Kpi kpi : List.of(Kpi.MENTEE_SATISFACTION, Kpi.MENTOR_SATISFACTION)) {
            String name = column(kpi);
            person.append("sum(b.satisfaction) FILTER (WHERE ").append(KpiScope.who(kpi)).append(") AS ")
                    .append(name).append("_sum, count(*) FILTER (WHERE ").append(KpiScope.who(kpi)).append(") AS ")
                    .append(name).append("_answers, ");
            select.append("sum(").append(name).append("_sum) AS ").append(name).append("_sum, sum(").append(name)
                    .append("_answers) AS ").append(name).append("_answers, ");
        }
        person.append("""
                bool_or(b.role = 'MENTEE' AND b.category = 'STUDENT') AS students,
                bool_or(b.role = 'MENTEE' AND b.category IN ('TEACHER', 'YOUNG_SPECIALIST', 'NEW_TEACHER',
                        'TEACHER_WITHOUT_PEDAGOGICAL_EDUCATION')) AS teachers,
                bool_or(b.consent = 'GIVEN') AS consented
                  FROM participant b GROUP BY b.person_id)
                """);
        String employers = KpiScope.who(Kpi.ENTERPRISES) + " AND b.enterprise IS NOT NULL";
        select.append("""
                count(*) FILTER (WHERE students) AS students, count(*) FILTER (WHERE teachers) AS teachers,
                count(*) AS participants, count(*) FILTER (WHERE consented) AS consented,
                (SELECT count(DISTINCT lower(trim(b.enterprise))) FROM participant b WHERE\s""")
                .append(employers).append(") AS enterprises, ")
                .append("(SELECT (array_agg(DISTINCT lower(trim(b.enterprise)) ORDER BY lower(trim(b.enterprise))))[1:")
                .append(KpiValue.LISTED).append("] FROM participant b WHERE ").append(employers)
                .append(") AS enterprise_names FROM person");
        return jdbc.sql(scope.participants().stripTrailing() + person + select)
                .params(scope.participantParams()).query().singleRow();
    }

    private Map<String, Object> figures(TerritoryId territory, int year) {
        return jdbc.sql("SELECT * FROM territory_figures WHERE level = ? AND region = ? AND municipality = ? "
                        + "AND year = ?")
                .params(territory.level().name(), territory.region(), ReferenceDataProjection.municipality(territory),
                        year)
                .query().listOfRows().stream().findFirst().orElse(Map.of());
    }

    private Map<String, Integer> targets(FindKpiReport query) {
        TerritoryId territory = query.territory();
        Map<String, Integer> targets = new HashMap<>();
        if (territory != null) {
            jdbc.sql("SELECT kpi, target FROM kpi_target WHERE level = ? AND region = ? AND municipality = ? "
                            + "AND year = ?")
                    .params(territory.level().name(), territory.region(),
                            ReferenceDataProjection.municipality(territory), query.year())
                    .query(row -> {
                        targets.put(row.getString("kpi"), row.getInt("target"));
                    });
        }
        return targets;
    }

    private KpiValue value(Kpi kpi, long numerator, Long denominator, Map<String, Object> counted,
                           List<String> enterprises, Map<String, Integer> targets, KpiScope scope) {
        Double value = KpiArithmetic.percent(numerator, denominator);
        Integer target = targets.get(kpi.name());
        Boolean met = value == null || target == null ? null : value >= target;
        List<UUID> people = KpiTraceQueries.uuids(counted.get(column(kpi) + "_people"));
        List<UUID> pairs = listed("SELECT DISTINCT pair_id FROM (" + KpiTraceQueries.pairs(scope) + ") t ORDER BY 1",
                scope, people);
        List<UUID> programs = listed("SELECT DISTINCT program_id FROM (" + KpiTraceQueries.programs(scope)
                + ") t ORDER BY 1", scope, people);
        return new KpiValue(kpi, kpi.title(), numerator, denominator, value, target, met, people, enterprises, pairs,
                programs, number(counted.get(column(kpi) + "_total")));
    }

    private List<UUID> listed(String sql, KpiScope scope, List<UUID> people) {
        return people.isEmpty() ? List.of()
                : jdbc.sql(sql).params(scope.with((Object) people.toArray(UUID[]::new))).query(UUID.class).list();
    }

    /**
     * The organization targets of seed 001, each with its numerator and denominator. Coverage counts mentees
     * only — seed 001 sets the 5 % under «формирование базы наставляемых» — students against the students, and
     * pedagogues (teachers, young specialists, new teachers, teachers without pedagogical education) against
     * the teachers of the organization's headcount; consent is a share of the participants; plans are the
     * activities done of those planned in the pairs that hold.
     */
    private List<TargetCheck> organizationTargets(UUID organization, int year, KpiScope scope,
                                                  Map<String, Object> counted) {
        Map<String, Object> headcount = jdbc.sql("SELECT students, teachers FROM organization_headcount "
                        + "WHERE organization_id = ? AND year = ?")
                .params(organization, year).query().listOfRows().stream().findFirst().orElse(Map.of());
        long students = number(counted.get("students"));
        long teachers = number(counted.get("teachers"));
        long participants = number(counted.get("participants"));
        long consented = number(counted.get("consented"));
        Map<String, Object> program = jdbc.sql("""
                        SELECT max(training_sessions) AS training,
                               sum(final_event_present) AS present, sum(final_event_participants) AS invited
                          FROM program_overview WHERE organization_id = ? AND period = ?""")
                .params(organization, scope.period()).query().singleRow();
        Map<String, Object> plans = jdbc.sql("""
                        SELECT sum(cardinality(p.plan_done)) AS done, sum(p.plan_activities) AS planned
                          FROM pair_progress p JOIN program_overview v ON v.program_id = p.program_id
                         WHERE v.organization_id = ? AND v.period = ? AND p.status <> 'DISSOLVED'""")
                .params(organization, scope.period()).query().singleRow();
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

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Long whole(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static List<String> texts(Object array) {
        try {
            return array == null ? List.of() : List.of((String[]) ((java.sql.Array) array).getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("an array of names that cannot be read", e);
        }
    }

    /** A target that is a share: unknown (and not met) while its denominator is missing or zero. */
    private static TargetCheck share(String code, String title, long numerator, Object denominator, double target) {
        Long total = denominator == null ? null : ((Number) denominator).longValue();
        Double value = KpiArithmetic.percent(numerator, total);
        return new TargetCheck(code, title, numerator, total, value, target, value != null && value >= target);
    }

    /** Pairs and groups by form, and the distinct people in them: a mentor of two pairs counts once. */
    private List<FormCount> byForm(KpiScope scope) {
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
