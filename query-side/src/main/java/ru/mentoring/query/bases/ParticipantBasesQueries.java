package ru.mentoring.query.bases;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.program.FindParticipants;
import ru.mentoring.api.program.FindProposedPairs;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ParticipantPage;
import ru.mentoring.api.program.ParticipantRole;
import ru.mentoring.api.program.ParticipantRow;
import ru.mentoring.api.program.ProposedPairView;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Answers queries on the bases. Names are joined from the person register at read time, never copied, so an
 * erasure shows at once; territory is joined from the organization directory.
 */
@Component
class ParticipantBasesQueries {

    private static final String FROM = """
             FROM participant_base b
             LEFT JOIN person_register r ON r.person_id = b.person_id
             LEFT JOIN organization_directory o ON o.organization_id = b.organization_id
            """;

    private final JdbcClient jdbc;

    ParticipantBasesQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<ProposedPairView> handle(FindProposedPairs query) {
        return jdbc.sql("""
                        SELECT pair_id, form, mentors, mentees FROM base_pair
                         WHERE program_id = ? AND status = 'PROPOSED' ORDER BY pair_id""")
                .param(query.programId().value())
                .query((row, number) -> new ProposedPairView(row.getObject("pair_id", UUID.class),
                        MentoringForm.valueOf(row.getString("form")), uuids(row.getArray("mentors")),
                        uuids(row.getArray("mentees"))))
                .list();
    }

    @QueryHandler
    ParticipantPage handle(FindParticipants query) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        filter(where, params, "b.role = ?", query.role() == null ? null : query.role().name());
        filter(where, params, "b.person_id = ?", query.personId());
        filter(where, params, "b.program_id = ?", query.programId());
        filter(where, params, "b.organization_id = ?", query.organizationId());
        filter(where, params, "o.municipality = ?", query.municipality());
        filter(where, params, "o.region = ?", query.region());
        filter(where, params, "b.period = ?", query.period());
        filter(where, params, "b.pair_form = ?", query.form() == null ? null : query.form().name());
        filter(where, params, "b.pair_status = ?", query.pairStatus());
        filter(where, params, "b.consent = ?", query.consent());
        if (query.name() != null && !query.name().isBlank()) {
            where.append(" AND concat_ws(' ', r.last_name, r.first_name, r.middle_name) ILIKE ?");
            params.add("%" + query.name().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<ParticipantRow> rows = jdbc.sql("""
                        SELECT b.*, r.last_name, r.first_name, r.middle_name, r.erased_at,
                               o.name AS organization_name, o.municipality, o.region"""
                        + FROM + where
                        + " ORDER BY b.period DESC, r.last_name NULLS LAST, r.first_name, b.person_id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query(ParticipantBasesQueries::row)
                .list();
        return new ParticipantPage(rows, query.page(), query.size(), total);
    }

    private static void filter(StringBuilder where, List<Object> params, String condition, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" AND ").append(condition);
            params.add(value);
        }
    }

    /** Age bands the KPIs count in (seed 004 appendix 2: 10–19 as mentees, 15–19 as mentors). */
    static String ageBand(Integer age) {
        if (age == null) {
            return null;
        }
        if (age < 10) {
            return "до 10";
        }
        if (age <= 14) {
            return "10–14";
        }
        return age <= 19 ? "15–19" : "20 и старше";
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return List.of((UUID[]) array.getArray());
    }

    private static ParticipantRow row(ResultSet row, int number) throws SQLException {
        Integer age = (Integer) row.getObject("age");
        String name = row.getTimestamp("erased_at") != null ? "(данные удалены)"
                : row.getString("last_name") == null ? "(нет в реестре)"
                : String.join(" ", row.getString("last_name"), row.getString("first_name"),
                        row.getString("middle_name") == null ? "" : row.getString("middle_name")).strip();
        return new ParticipantRow(row.getObject("person_id", UUID.class), name,
                ParticipantRole.valueOf(row.getString("role")), row.getObject("program_id", UUID.class),
                row.getObject("organization_id", UUID.class), row.getString("organization_name"),
                row.getString("municipality"), row.getString("region"), row.getString("period"),
                row.getString("category"), age, ageBand(age), (Integer) row.getObject("experience_years"),
                row.getString("grade"), row.getString("request"), row.getString("request_source"),
                row.getString("competencies"), (Integer) row.getObject("capacity"), row.getInt("mentees_assigned"),
                row.getString("enterprise"), row.getObject("enrolled_on", LocalDate.class), row.getString("consent"),
                row.getString("consent_given_by"), row.getBoolean("baseline_assessed"), row.getBoolean("final_assessed"),
                row.getString("interview"), row.getInt("training_sessions"), row.getObject("pair_id", UUID.class),
                row.getString("pair_form"), row.getString("pair_status"), (Integer) row.getObject("satisfaction"),
                row.getInt("awards"), row.getString("next_period_mentor"));
    }
}
