package ru.mentoring.app.audit;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches every column of every table of a database for strings: text columns as text, {@code bytea} columns as
 * their bytes (payloads, metadata, snapshots, dead letters, scheduled deadlines, sessions) — what an erasure must
 * leave nowhere.
 */
final class DatabaseSearch {

    private DatabaseSearch() {
    }

    /** The tables that hold any of the needles, each with the columns that matched and the needle found there. */
    static Map<String, List<String>> find(JdbcClient jdbc, List<String> needles) {
        Map<String, List<String>> hits = new TreeMap<>();
        List<Map<String, Object>> columns = jdbc.sql("""
                        SELECT c.table_schema, c.table_name, c.column_name, c.data_type
                          FROM information_schema.columns c
                          JOIN information_schema.tables t
                            ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                         WHERE t.table_type = 'BASE TABLE'
                           AND c.table_schema NOT IN ('pg_catalog', 'information_schema')""")
                .query().listOfRows();
        assertThat(columns).as("the search sees the event store").anySatisfy(column ->
                assertThat(column.get("table_name")).isEqualTo("domainevententry"));
        for (Map<String, Object> column : columns) {
            String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
            String name = "\"" + column.get("column_name") + "\"";
            boolean bytes = "bytea".equals(column.get("data_type"));
            for (String needle : needles) {
                String where = bytes ? "position(convert_to(?, 'UTF8') IN " + name + ") > 0"
                        : name + "::text ILIKE '%' || ? || '%'";
                int count = jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + where).param(needle)
                        .query(Integer.class).single();
                if (count > 0) {
                    hits.computeIfAbsent((String) column.get("table_name"), ignored -> new ArrayList<>())
                            .add(column.get("column_name") + " ∋ " + needle);
                }
            }
        }
        return hits;
    }
}
