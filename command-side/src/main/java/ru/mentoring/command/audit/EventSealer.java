package ru.mentoring.command.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.audit.ChainKey;
import ru.mentoring.api.audit.ChainKeyring;
import ru.mentoring.api.audit.EventHashChain;

import java.util.Optional;

/**
 * Seals every event of the store into the global chain ({@code event_global_chain}), one after another in the
 * order a single-threaded tracking processor reads them — the order of {@code globalIndex}, an event committed
 * late into a gap coming when it shows. Each seal is keyed ({@link EventHashChain#globalLink}) and covers the
 * event's place and stored form, so that removing any event, or the newest ones with their seals, is named by the
 * verification against the last checkpoint ({@code EventCheckpoints}). The processor's token starts at the store's
 * first event, so a store written before the global chain existed is sealed whole at the first start.
 * <p>
 * Sealing follows the commands by a moment; a failure is retried, never skipped ({@link EventChainConfiguration}).
 */
@Component
@ProcessingGroup(EventSealer.PROCESSING_GROUP)
class EventSealer {

    static final String PROCESSING_GROUP = "event-seal";

    private final JdbcClient jdbc;
    private final ChainKeyring keys;

    EventSealer(JdbcClient jdbc, ChainKeyring keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @EventHandler
    void on(Object event, @MessageIdentifier String eventId) {
        boolean sealed = jdbc.sql("SELECT count(*) FROM event_global_chain WHERE eventidentifier = ?").param(eventId)
                .query(Integer.class).single() > 0;
        if (sealed) {
            return; // a batch delivered again after a failure
        }
        Optional<StoredEvent> found = jdbc.sql("""
                        SELECT globalindex, aggregateidentifier, sequencenumber, payloadtype, payload, metadata,
                               "timestamp"
                          FROM domainevententry WHERE eventidentifier = ?""")
                .param(eventId)
                .query((row, number) -> new StoredEvent(row.getLong(1), row.getString(2), row.getLong(3),
                        row.getString(4), row.getBytes(5), row.getBytes(6), row.getString(7)))
                .optional();
        if (found.isEmpty()) {
            return; // not a stored event (none reaches a tracking processor otherwise)
        }
        StoredEvent stored = found.get();
        Head head = jdbc.sql("SELECT position, hash FROM event_global_chain ORDER BY position DESC LIMIT 1")
                .query((row, number) -> new Head(row.getLong(1), row.getString(2)))
                .optional().orElse(new Head(0, null));
        long position = head.position() + 1;
        ChainKey key = keys.current();
        String link = EventHashChain.globalLink(key, head.hash(), position, stored.globalIndex(),
                stored.aggregateId(), stored.sequenceNumber(), eventId, stored.payloadType(), stored.payload(),
                stored.metadata(), stored.timestamp());
        jdbc.sql("""
                        INSERT INTO event_global_chain (position, globalindex, aggregateidentifier, sequencenumber,
                                                        eventidentifier, key_id, hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(position, stored.globalIndex(), stored.aggregateId(), stored.sequenceNumber(), eventId,
                        key.id(), link)
                .update();
    }

    private record Head(long position, String hash) {
    }

    private record StoredEvent(long globalIndex, String aggregateId, long sequenceNumber, String payloadType,
                               byte[] payload, byte[] metadata, String timestamp) {
    }
}
