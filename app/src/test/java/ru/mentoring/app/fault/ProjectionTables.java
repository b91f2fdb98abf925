package ru.mentoring.app.fault;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query side's read models as rows: every table its migrations create, each reduced to its row count and a
 * digest of its rows in a fixed order, so two moments (caught up after a fault, and after a rebuild from the
 * event store) can be compared table by table.
 */
final class ProjectionTables {

    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (\\w+)", Pattern.CASE_INSENSITIVE);
    /** The query side's tables that are no read model: the nodes' heartbeats and their rebuild requests. */
    private static final Set<String> NOT_READ_MODELS = Set.of("cluster_node", "projection_request");

    private ProjectionTables() {
    }

    /** The tables created by the query side's migrations (found on the classpath, in the query-side module). */
    static TreeSet<String> names() {
        TreeSet<String> tables = new TreeSet<>();
        try {
            for (Resource migration : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/*.sql")) {
                if (!migration.getURL().toString().contains("query-side")) {
                    continue;
                }
                Matcher created = CREATE_TABLE.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
                while (created.find()) {
                    String table = created.group(1).toLowerCase();
                    if (!NOT_READ_MODELS.contains(table)) {
                        tables.add(table);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No query-side migration on the classpath");
        }
        return tables;
    }

    /** Table → "rows:digest". */
    static Map<String, String> snapshot(String url, String user, String password) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            for (String table : names()) {
                try (ResultSet row = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, "
                        + "E'\\n' ORDER BY t::text), '')) FROM " + table + " t")) {
                    row.next();
                    digests.put(table, row.getLong(1) + " rows, " + row.getString(2));
                }
            }
        }
        return digests;
    }

    /** The acknowledged registrations whose organization the directory does not show. */
    static List<UUID> missingFromDirectory(String url, String user, String password,
                                           List<CommandLoad.Acknowledged> acknowledged) throws SQLException {
        Set<UUID> listed = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT organization_id FROM organization_directory")) {
            while (rows.next()) {
                listed.add(rows.getObject(1, UUID.class));
            }
        }
        return acknowledged.stream()
                .filter(command -> command.eventType().equals(CommandLoad.REGISTERED))
                .map(CommandLoad.Acknowledged::aggregateId)
                .filter(id -> !listed.contains(id))
                .toList();
    }

    /** Waits until every projection reports 100 % and no replay, and the tables stay the same for a moment. */
    static Map<String, String> caughtUp(FaultHttp http, String operatorToken, String url, String user,
                                        String password, Duration timeout) throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, String> previous = null;
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            FaultHttp.Answer answer = http.get("/api/admin/projections", operatorToken);
            last = answer.status() + " " + answer.raw();
            if (answer.status() == 200 && allCaughtUp(answer.body())) {
                Map<String, String> current = snapshot(url, user, password);
                if (current.equals(previous)) {
                    return current;
                }
                previous = current;
            } else {
                previous = null;
            }
            ApplicationProcess.sleep(1000);
        }
        throw new AssertionError("The projections did not catch up within " + timeout + "; last status: " + last);
    }

    private static boolean allCaughtUp(JsonNode statuses) {
        if (!statuses.isArray() || statuses.isEmpty()) {
            return false;
        }
        for (JsonNode status : statuses) {
            if (status.path("replaying").asBoolean() || status.path("percent").asInt() < 100) {
                return false;
            }
        }
        return true;
    }
}
