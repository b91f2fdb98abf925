package ru.mentoring.query.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which participants a KPI report or trace covers — a period, an organization or a territory, and optionally
 * one form of mentoring — as SQL. {@link #participants()} names them set-wise, as the common table expression
 * {@code participant}: the scope's fixed pairs are unnested once into their members and joined to the bases, so
 * that the cost grows with the scope's rows, not with its rows times its pairs. It is {@link Participants} for
 * every row of the scope, no more and no less.
 *
 * @param where  the condition on a row aliased {@code b} (of {@code participant_base} or {@code base_program})
 *               and {@code o} (its organization in {@code organization_directory})
 */
record KpiScope(String name, String where, List<Object> params, MentoringForm form) {

    /** The scope of an organization or a territory, or empty for an organization the directory does not know. */
    static Optional<KpiScope> of(JdbcClient jdbc, UUID organization, TerritoryId territory, int year,
                                 MentoringForm form) {
        String period = new AcademicPeriod(year).toString();
        if (organization != null) {
            return jdbc.sql("SELECT name FROM organization_directory WHERE organization_id = ?")
                    .param(organization).query(String.class).optional()
                    .map(name -> new KpiScope(name, "b.period = ? AND b.organization_id = ?",
                            List.of(period, organization), form));
        }
        if (territory == null) {
            return Optional.empty();
        }
        return Optional.of(territory.level() == TerritoryLevel.REGION
                ? new KpiScope(territory.region(), "b.period = ? AND o.region = ?",
                List.of(period, territory.region()), form)
                : new KpiScope(territory.municipality(), "b.period = ? AND o.region = ? AND o.municipality = ?",
                List.of(period, territory.region(), territory.municipality()), form));
    }

    String period() {
        return (String) params.get(0);
    }

    /** The same scope over all forms of mentoring. */
    KpiScope anyForm() {
        return new KpiScope(name, where, params, null);
    }

    /**
     * {@code WITH … participant AS (…)}: the scope's rows of {@code participant_base} that are participants (of a
     * pair of the form, if one is given), with the columns the indicators read (program and person, role,
     * category, age, enterprise, satisfaction, consent); its parameters are {@link #participantParams()}.
     */
    String participants() {
        return """
                WITH scope_program AS (
                    SELECT b.program_id FROM base_program b
                      LEFT JOIN organization_directory o ON o.organization_id = b.organization_id
                     WHERE\s""" + where + """
                ), member AS (
                    SELECT p.program_id, m.person_id
                      FROM base_pair p JOIN scope_program s ON s.program_id = p.program_id
                     CROSS JOIN LATERAL unnest(p.mentees || p.mentors) AS m(person_id)
                     WHERE p.status = 'FIXED'""" + (form == null ? "" : " AND p.form = ?") + """
                ), participant AS (
                    SELECT b.program_id, b.person_id, b.role, b.category, b.age, b.enterprise, b.satisfaction,
                           b.consent
                      FROM participant_base b
                     WHERE (b.program_id, b.person_id) IN (SELECT program_id, person_id FROM member)
                )
                """;
    }

    List<Object> participantParams() {
        return with();
    }

    /**
     * The condition that a row {@code b} of {@code participant_base} lies in the scope (and, when a form is given,
     * is a participant of a pair of that form), for queries that look up a few people by id; its parameters are
     * {@link #participantParams()}.
     */
    String rowInScope() {
        return where + (form == null ? "" : " AND " + Participants.ofForm("b"));
    }

    /** The scope's parameters followed by {@code more}. */
    List<Object> with(Object... more) {
        List<Object> all = new ArrayList<>(params);
        if (form != null) {
            all.add(form.name());
        }
        all.addAll(Arrays.asList(more));
        return all;
    }

    /** Who of the participants (a row {@code b}) an indicator counts, or lists behind its numerator. */
    static String who(Kpi kpi) {
        return switch (kpi) {
            case MENTEES_10_19 -> "b.role = 'MENTEE' AND b.category = 'STUDENT' AND b.age BETWEEN 10 AND 19";
            case MENTORS_15_19 -> "b.role = 'MENTOR' AND b.category = 'STUDENT' AND b.age BETWEEN 15 AND 19";
            case YOUNG_TEACHERS -> "b.role = 'MENTEE' AND b.category = 'YOUNG_SPECIALIST'";
            case ENTERPRISES -> "b.role = 'MENTOR' AND b.category = 'EMPLOYER_REPRESENTATIVE'";
            case MENTEE_SATISFACTION -> "b.role = 'MENTEE' AND b.satisfaction IS NOT NULL";
            case MENTOR_SATISFACTION -> "b.role = 'MENTOR' AND b.satisfaction IS NOT NULL";
        };
    }
}
