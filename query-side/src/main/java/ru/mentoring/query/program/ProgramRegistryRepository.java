package ru.mentoring.query.program;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.mentoring.api.program.FindPrograms;
import ru.mentoring.api.program.ProgramPage;
import ru.mentoring.api.program.ProgramSummary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SQL of the {@code program_registry} table. Writes are guarded by the program's event sequence number, so
 * that an event delivered twice is applied once.
 */
@Repository
class ProgramRegistryRepository {

    private static final String COLUMNS = """
            program_id, organization_id, period, title, curator_id, curator_order_number, curator_order_date,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    ProgramRegistryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID programId, UUID organizationId, String period, String title, Instant at, long sequence) {
        jdbc.sql("""
                        INSERT INTO program_registry (program_id, organization_id, period, title, created_at,
                                                      updated_at, last_sequence)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (program_id) DO NOTHING""")
                .params(programId, organizationId, period, title, Timestamp.from(at), Timestamp.from(at), sequence)
                .update();
    }

    void appointCurator(UUID programId, UUID curatorId, String orderNumber, LocalDate orderDate, Instant at,
                        long sequence) {
        jdbc.sql("""
                        UPDATE program_registry
                           SET curator_id = ?, curator_order_number = ?, curator_order_date = ?, updated_at = ?,
                               last_sequence = ?
                         WHERE program_id = ? AND last_sequence < ?""")
                .params(curatorId, orderNumber, orderDate, Timestamp.from(at), sequence, programId, sequence)
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM program_registry").update();
    }

    Optional<ProgramSummary> find(UUID programId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM program_registry WHERE program_id = ?")
                .param(programId)
                .query(ProgramRegistryRepository::summary)
                .optional();
    }

    ProgramPage page(FindPrograms query) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (query.organizationId() != null) {
            where.append(" AND organization_id = ?");
            params.add(query.organizationId().value());
        }
        if (query.region() != null) {
            // the directory of organizations says where each school lies
            where.append(" AND organization_id IN (SELECT organization_id FROM organization_directory WHERE region = ?");
            params.add(query.region());
            if (query.municipality() != null) {
                where.append(" AND municipality = ?");
                params.add(query.municipality());
            }
            where.append(")");
        }
        if (query.period() != null) {
            where.append(" AND period = ?");
            params.add(query.period().toString());
        }
        long total = jdbc.sql("SELECT count(*) FROM program_registry" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<ProgramSummary> items = jdbc.sql("SELECT " + COLUMNS + " FROM program_registry" + where
                        + " ORDER BY created_at DESC, program_id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query(ProgramRegistryRepository::summary)
                .list();
        return new ProgramPage(items, query.page(), query.size(), total);
    }

    private static ProgramSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new ProgramSummary(
                row.getObject("program_id", UUID.class),
                row.getObject("organization_id", UUID.class),
                row.getString("period"),
                row.getString("title"),
                row.getObject("curator_id", UUID.class),
                row.getString("curator_order_number"),
                row.getObject("curator_order_date", LocalDate.class),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
