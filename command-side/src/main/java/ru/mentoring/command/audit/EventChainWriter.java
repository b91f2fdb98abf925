package ru.mentoring.command.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.audit.ChainKey;
import ru.mentoring.api.audit.ChainKeyring;
import ru.mentoring.api.audit.EventHashChain;

/**
 * Writes the hash chain link of every event in the transaction that stores the event, keyed with the current chain
 * key ({@link ChainKeyring}) whose id it stores beside the link.
 * <p>
 * Why a subscribing processor rather than an interceptor: Axon's event store appends the events in the unit of
 * work's prepare-commit phase and hands them to subscribing processors right after, still inside the
 * command's transaction. The rows are therefore already in {@code domainevententry}, and the link is computed
 * from their stored bytes — exactly what the verification reads back — instead of from a second serialization
 * that could differ. A failure here fails the command ({@link EventChainConfiguration} propagates it), so no
 * event is stored without its link. Concurrent commands on one aggregate are already serialized by the event
 * store's unique (aggregate, sequence) key, so two links never claim the same predecessor.
 * <p>
 * Events published without an aggregate (the person register's {@code PersonRegistered} and
 * {@code PersonalDataErased}) are stored by Axon under their own event id with sequence 0: each is a chain
 * of one link, so altering such a row shows, removing it whole does not.
 */
@Component
@ProcessingGroup(EventChainWriter.PROCESSING_GROUP)
class EventChainWriter {

    static final String PROCESSING_GROUP = "event-hash-chain";

    private final JdbcClient jdbc;
    private final ChainKeyring keys;

    EventChainWriter(JdbcClient jdbc, ChainKeyring keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @EventHandler
    void on(Object event, @MessageIdentifier String eventId) {
        StoredEvent stored = jdbc.sql("""
                        SELECT aggregateidentifier, sequencenumber, payloadtype, payload, metadata, "timestamp"
                          FROM domainevententry WHERE eventidentifier = ?""")
                .param(eventId)
                .query((row, number) -> new StoredEvent(row.getString(1), row.getLong(2), row.getString(3),
                        row.getBytes(4), row.getBytes(5), row.getString(6)))
                .single();
        String previous = jdbc.sql("""
                        SELECT hash FROM event_hash_chain WHERE aggregateidentifier = ? AND sequencenumber < ?
                         ORDER BY sequencenumber DESC LIMIT 1""")
                .params(stored.aggregateId(), stored.sequenceNumber())
                .query(String.class)
                .optional()
                .orElse(null);
        ChainKey key = keys.current();
        String link = EventHashChain.link(key, previous, stored.aggregateId(), stored.sequenceNumber(), eventId,
                stored.payloadType(), stored.payload(), stored.metadata(), stored.timestamp());
        jdbc.sql("""
                        INSERT INTO event_hash_chain (aggregateidentifier, sequencenumber, eventidentifier, hash, key_id)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(stored.aggregateId(), stored.sequenceNumber(), eventId, link, key.id())
                .update();
    }

    private record StoredEvent(String aggregateId, long sequenceNumber, String payloadType, byte[] payload,
                               byte[] metadata, String timestamp) {
    }
}
