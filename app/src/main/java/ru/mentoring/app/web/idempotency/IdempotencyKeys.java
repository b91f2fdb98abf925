package ru.mentoring.app.web.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The idempotency keys in PostgreSQL ({@code idempotency_key}). Every statement commits on its own: a claim must be
 * seen by every node before the command runs, and outlive the command's failure.
 */
@Component
class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final IdempotencyProperties settings;

    IdempotencyKeys(JdbcClient jdbc, IdempotencyProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Claims the caller's key for a request, atomically: a new key, one kept past the retention, or one whose command
     * was abandoned unanswered. Empty when the key is held (by this request's twin, or by another request).
     */
    Optional<UUID> claim(String identity, String key, byte[] fingerprint) {
        UUID claim = UUID.randomUUID();
        int claimed = jdbc.sql("""
                        INSERT INTO idempotency_key (identity, key, fingerprint, state, claim)
                        VALUES (:identity, :key, :fingerprint, 'RUNNING', :claim)
                        ON CONFLICT (identity, key) DO UPDATE
                           SET fingerprint = EXCLUDED.fingerprint, state = 'RUNNING', claim = EXCLUDED.claim,
                               status = NULL, location = NULL, content_type = NULL, body = NULL,
                               created_at = now(), completed_at = NULL
                         WHERE idempotency_key.created_at < now() - make_interval(secs => :retention)
                            OR (idempotency_key.state = 'RUNNING'
                                AND idempotency_key.created_at < now() - make_interval(secs => :abandoned))""")
                .param("identity", identity)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("claim", claim)
                .param("retention", seconds(settings.retention()))
                .param("abandoned", seconds(settings.abandonedAfter()))
                .update();
        return claimed == 1 ? Optional.of(claim) : Optional.empty();
    }

    /** What the key holds now; empty if it was released meanwhile. */
    Optional<KeptAnswer> find(String identity, String key) {
        return jdbc.sql("""
                        SELECT fingerprint, state, status, location, content_type, body
                          FROM idempotency_key WHERE identity = :identity AND key = :key""")
                .param("identity", identity)
                .param("key", key)
                .query((row, number) -> new KeptAnswer(row.getBytes("fingerprint"),
                        "DONE".equals(row.getString("state")), row.getInt("status"), row.getString("location"),
                        row.getString("content_type"), row.getBytes("body")))
                .optional();
    }

    /** Keeps the answer of the claimed key's command, for its repeats. */
    void record(String identity, String key, UUID claim, int status, String location, String contentType,
                byte[] body) {
        jdbc.sql("""
                        UPDATE idempotency_key
                           SET state = 'DONE', status = :status, location = :location, content_type = :contentType,
                               body = :body, completed_at = now()
                         WHERE identity = :identity AND key = :key AND claim = :claim""")
                .param("status", status)
                .param("location", location)
                .param("contentType", contentType)
                .param("body", body)
                .param("identity", identity)
                .param("key", key)
                .param("claim", claim)
                .update();
    }

    /** Frees the key for a retry: its command failed or was refused, and stored nothing. */
    void release(String identity, String key, UUID claim) {
        jdbc.sql("DELETE FROM idempotency_key WHERE identity = :identity AND key = :key AND claim = :claim")
                .param("identity", identity)
                .param("key", key)
                .param("claim", claim)
                .update();
    }

    /** Deletes the keys kept longer than the retention; the number deleted. */
    int deleteExpired() {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => :retention)")
                .param("retention", seconds(settings.retention()))
                .update();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
