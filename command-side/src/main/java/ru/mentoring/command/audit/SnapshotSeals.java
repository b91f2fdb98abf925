package ru.mentoring.command.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.audit.ChainKey;
import ru.mentoring.api.audit.ChainKeyring;
import ru.mentoring.api.audit.EventHashChain;

import java.util.Optional;

/**
 * Seals of the aggregates' snapshots ({@code snapshot_seal}): HMAC-SHA-256, with the chain key, over the link of the
 * event the snapshot was taken at and the snapshot as stored. A snapshot is a shortcut past the events, so one
 * altered behind the application's back would change later decisions without any event changing; with the seal,
 * a snapshot that does not match its seal — or the chain of events it claims to stand for — is not used, and the
 * aggregate is rebuilt from its events ({@link SealedSnapshotsStorageEngine}).
 */
@Component
class SnapshotSeals {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSeals.class);

    private final JdbcClient jdbc;
    private final ChainKeyring keys;

    SnapshotSeals(JdbcClient jdbc, ChainKeyring keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** Seals the snapshot just stored for the aggregate at that sequence number, from its stored row. */
    void seal(String aggregateId, long sequenceNumber) {
        Optional<Stored> stored = stored(aggregateId, sequenceNumber);
        if (stored.isEmpty()) {
            return;
        }
        ChainKey key = keys.current();
        String seal = seal(key, aggregateId, sequenceNumber, link(aggregateId, sequenceNumber), stored.get());
        jdbc.sql("""
                        INSERT INTO snapshot_seal (aggregateidentifier, sequencenumber, key_id, seal)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (aggregateidentifier, sequencenumber)
                        DO UPDATE SET key_id = excluded.key_id, seal = excluded.seal""")
                .params(aggregateId, sequenceNumber, key.id(), seal)
                .update();
        jdbc.sql("DELETE FROM snapshot_seal WHERE aggregateidentifier = ? AND sequencenumber < ?")
                .params(aggregateId, sequenceNumber)
                .update();
    }

    /**
     * Whether the snapshot may stand for the aggregate's events: it has a seal, made with a key the application
     * has, that matches the snapshot's stored bytes and the link of its event as it is now.
     */
    boolean holds(String aggregateId, long sequenceNumber, String payloadType, String payloadRevision,
                  byte[] payload) {
        Optional<String[]> sealed = jdbc.sql("""
                        SELECT key_id, seal FROM snapshot_seal WHERE aggregateidentifier = ? AND sequencenumber = ?""")
                .params(aggregateId, sequenceNumber)
                .query((row, number) -> new String[]{row.getString(1), row.getString(2)})
                .optional();
        boolean holds = sealed.flatMap(found -> keys.find(found[0])
                        .map(key -> seal(key, aggregateId, sequenceNumber, link(aggregateId, sequenceNumber),
                                new Stored(payloadType, payloadRevision, payload)).equals(found[1])))
                .orElse(false);
        if (!holds) {
            LOG.warn("The snapshot of {} at event {} {}: not used, the aggregate is rebuilt from its events",
                    aggregateId, sequenceNumber, sealed.isEmpty() ? "has no seal" : "does not match its seal");
        }
        return holds;
    }

    private String link(String aggregateId, long sequenceNumber) {
        return jdbc.sql("SELECT hash FROM event_hash_chain WHERE aggregateidentifier = ? AND sequencenumber = ?")
                .params(aggregateId, sequenceNumber)
                .query(String.class)
                .optional()
                .orElse("");
    }

    private Optional<Stored> stored(String aggregateId, long sequenceNumber) {
        return jdbc.sql("""
                        SELECT payloadtype, payloadrevision, payload FROM snapshotevententry
                         WHERE aggregateidentifier = ? AND sequencenumber = ?""")
                .params(aggregateId, sequenceNumber)
                .query((row, number) -> new Stored(row.getString(1), row.getString(2), row.getBytes(3)))
                .optional();
    }

    private static String seal(ChainKey key, String aggregateId, long sequenceNumber, String link, Stored stored) {
        return EventHashChain.link(key, link, aggregateId, sequenceNumber, "snapshot",
                stored.payloadType() + "@" + stored.payloadRevision(), stored.payload(), null, "snapshot");
    }

    private record Stored(String payloadType, String payloadRevision, byte[] payload) {
    }
}
