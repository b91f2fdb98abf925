package ru.mentoring.query.reporting;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.reporting.FindKpiTrace;
import ru.mentoring.api.reporting.KpiTrace;
import ru.mentoring.api.reporting.KpiTraceEntry;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The trace of an indicator: the people behind its numerator a page at a time (keyset by person id, so a late
 * page costs what the first does), each with the fixed pairs and the programs of the scope they are in — the
 * same pairs and programs the report lists for the people it shows.
 */
@Component
class KpiTraceQueries {

    private final JdbcClient jdbc;

    KpiTraceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<KpiTrace> handle(FindKpiTrace query) {
        return KpiScope.of(jdbc, query.organizationId(), query.territory(), query.year(), query.form())
                .map(scope -> trace(query, scope));
    }

    private KpiTrace trace(FindKpiTrace query, KpiScope scope) {
        Map<String, Object> found = jdbc.sql(scope.participants() + """
                        SELECT count(DISTINCT b.person_id) AS total,
                               (array_agg(DISTINCT b.person_id ORDER BY b.person_id)
                                    FILTER (WHERE CAST(? AS UUID) IS NULL OR b.person_id > ?))[1:?] AS page
                          FROM participant b WHERE\s""" + KpiScope.who(query.kpi()))
                .params(scope.with(query.after(), query.after(), query.size() + 1)).query().singleRow();
        List<UUID> people = uuids(found.get("page"));
        UUID next = null;
        if (people.size() > query.size()) {
            people = people.subList(0, query.size());
            next = people.get(people.size() - 1);
        }
        Map<UUID, List<UUID>> pairs = byPerson("SELECT b.person_id, array_agg(DISTINCT pair_id ORDER BY pair_id)"
                + " FROM (" + pairs(scope) + ") b GROUP BY b.person_id", scope, people);
        Map<UUID, List<UUID>> programs = byPerson("SELECT b.person_id, array_agg(DISTINCT program_id "
                + "ORDER BY program_id) FROM (" + programs(scope) + ") b GROUP BY b.person_id", scope, people);
        return new KpiTrace(query.kpi(), ((Number) found.get("total")).longValue(), people.stream()
                .map(person -> new KpiTraceEntry(person, pairs.getOrDefault(person, List.of()),
                        programs.getOrDefault(person, List.of())))
                .toList(), next);
    }

    /** The fixed pairs and groups of the scope that hold the given people: rows of person_id and pair_id. */
    static String pairs(KpiScope scope) {
        return "SELECT b.person_id, p.pair_id FROM base_pair p JOIN participant_base b"
                + " ON b.program_id = p.program_id AND (b.person_id = ANY (p.mentees) OR b.person_id = ANY (p.mentors))"
                + " LEFT JOIN organization_directory o ON o.organization_id = b.organization_id WHERE "
                + scope.rowInScope() + " AND p.status = 'FIXED' AND b.person_id = ANY (?)";
    }

    /** The programs of the scope the given people are in: rows of person_id and program_id. */
    static String programs(KpiScope scope) {
        return "SELECT b.person_id, b.program_id FROM participant_base b"
                + " LEFT JOIN organization_directory o ON o.organization_id = b.organization_id WHERE "
                + scope.rowInScope() + " AND b.person_id = ANY (?)";
    }

    private Map<UUID, List<UUID>> byPerson(String sql, KpiScope scope, List<UUID> people) {
        Map<UUID, List<UUID>> found = new HashMap<>();
        if (people.isEmpty()) {
            return found;
        }
        jdbc.sql(sql).params(scope.with((Object) people.toArray(UUID[]::new)))
                .query(row -> {
                    found.put(row.getObject(1, UUID.class), uuids(row.getArray(2)));
                });
        return found;
    }

    static List<UUID> uuids(Object array) {
        try {
            return array == null ? List.of() : Arrays.asList((UUID[]) ((Array) array).getArray());
        } catch (SQLException e) {
            throw new IllegalStateException("an array of ids that cannot be read", e);
        }
    }
}
