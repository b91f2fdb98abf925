package ru.mentoring.app.security.api;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.mentoring.api.common.ActorRole;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API clients in {@code api_client}: registered with a hashed secret, listed with their last use, revoked.
 */
@Service
public class ApiClients {

    private static final String COLUMNS = """
            client_id, name, role, region, municipality, organization_id, created_by, created_at, last_used_at,
            revoked_at""";

    private final JdbcClient jdbc;
    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    public ApiClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(ApiClient client, String secretHash) {
        jdbc.sql("""
                        INSERT INTO api_client (client_id, name, secret_hash, role, region, municipality,
                                                organization_id, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(client.clientId(), client.name(), secretHash, client.role().name(), client.region(),
                        client.municipality(), client.organizationId(), client.createdBy())
                .update();
    }

    public Optional<ApiClient> find(String clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_client WHERE client_id = ?")
                .param(clientId)
                .query(ApiClients::client)
                .optional();
    }

    Optional<String> secretHash(String clientId) {
        return jdbc.sql("SELECT secret_hash FROM api_client WHERE client_id = ? AND revoked_at IS NULL")
                .param(clientId)
                .query(String.class)
                .optional();
    }

    /** Every client, newest first; a regional administrator's list holds only their region's. */
    public List<ApiClient> all(String region) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_client WHERE (CAST(? AS VARCHAR) IS NULL OR region = ?)"
                        + " ORDER BY created_at DESC, client_id")
                .params(region, region)
                .query(ApiClients::client)
                .list();
    }

    /** Whether a client has been revoked. */
    public boolean revoked(String clientId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM api_client WHERE client_id = ? AND revoked_at IS NOT NULL)")
                .param(clientId)
                .query(Boolean.class)
                .single();
    }

    /** Records a use, at most once a minute per client and node, so that calls do not each write. */
    public void used(String clientId) {
        Instant now = Instant.now();
        Instant last = lastRecorded.get(clientId);
        if (last != null && last.isAfter(now.minusSeconds(60))) {
            return;
        }
        lastRecorded.put(clientId, now);
        jdbc.sql("""
                        UPDATE api_client SET last_used_at = now()
                         WHERE client_id = ?
                           AND (last_used_at IS NULL OR last_used_at < now() - INTERVAL '1 minute')""")
                .param(clientId)
                .update();
    }

    public boolean revoke(String clientId) {
        return jdbc.sql("UPDATE api_client SET revoked_at = now() WHERE client_id = ? AND revoked_at IS NULL")
                .param(clientId)
                .update() == 1;
    }

    private static ApiClient client(ResultSet row, int number) throws SQLException {
        return new ApiClient(row.getString("client_id"), row.getString("name"),
                ActorRole.valueOf(row.getString("role")),
                row.getString("region"), row.getString("municipality"), row.getObject("organization_id", UUID.class),
                row.getString("created_by"), instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("last_used_at")), instant(row.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
