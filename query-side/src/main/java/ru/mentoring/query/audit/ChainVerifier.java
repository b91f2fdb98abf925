package ru.mentoring.query.audit;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.audit.ChainKey;
import ru.mentoring.api.audit.ChainKeyring;
import ru.mentoring.api.audit.ChainVerification;
import ru.mentoring.api.audit.EventHashChain;
import ru.mentoring.api.audit.VerifyEventChain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an aggregate's history against its own hash chain and against the global chain, from the rows of
 * {@code domainevententry}. It reads the rows with SQL on purpose: the chains are over the stored bytes, which
 * Axon's API would hand back only deserialized (and upcast).
 * <ul>
 *   <li>Every link of the aggregate's chain is recomputed with the key it names (links made before keys existed
 *   are plain SHA-256; one such link after a keyed one is a forgery).</li>
 *   <li>Every event sealed in the global chain is checked against its seal, which someone without the key
 *   cannot make again: an event altered and its aggregate's links recomputed is named.</li>
 *   <li>A sealed event no longer stored — one, the newest, or the whole stream — is named as removed.</li>
 *   <li>The global chain is compared with the last checkpoint written outside the database
 *   ({@link GlobalChainVerifier#againstCheckpoint}): the newest events of the store removed with their links and
 *   seals are named there.</li>
 * </ul>
 */
@Component
class ChainVerifier {

    private final JdbcClient jdbc;
    private final ChainKeyring keys;
    private final GlobalChainVerifier global;

    ChainVerifier(JdbcClient jdbc, ChainKeyring keys, GlobalChainVerifier global) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.global = global;
    }

    @QueryHandler
    Optional<ChainVerification> handle(VerifyEventChain query) {
        List<Link> links = jdbc.sql("""
                        SELECT coalesce(e.sequencenumber, c.sequencenumber) AS sequencenumber, e.type,
                               e.eventidentifier, e.payloadtype, e.payload, e.metadata, e."timestamp",
                               c.eventidentifier AS chained_event, c.hash, c.key_id
                          FROM (SELECT * FROM domainevententry WHERE aggregateidentifier = ?) e
                          FULL JOIN (SELECT * FROM event_hash_chain WHERE aggregateidentifier = ?) c
                            ON c.sequencenumber = e.sequencenumber
                         ORDER BY 1""")
                .params(query.aggregateId(), query.aggregateId())
                .query(ChainVerifier::link)
                .list();
        List<Seal> seals = jdbc.sql("""
                        SELECT g.position, g.globalindex, g.sequencenumber, g.eventidentifier, g.key_id, g.hash,
                               p.hash AS previous
                          FROM event_global_chain g
                          LEFT JOIN event_global_chain p ON p.position = g.position - 1
                         WHERE g.aggregateidentifier = ?
                         ORDER BY g.sequencenumber""")
                .param(query.aggregateId())
                .query((row, number) -> new Seal(row.getLong("position"), row.getLong("globalindex"),
                        row.getLong("sequencenumber"), row.getString("eventidentifier"), row.getString("key_id"),
                        row.getString("hash"), row.getString("previous")))
                .list();
        Optional<String> type = links.stream().map(Link::type).filter(Objects::nonNull).findFirst();
        if (links.isEmpty() && seals.isEmpty() || query.aggregateType() != null && type.isPresent()
                && !query.aggregateType().equals(type.get())) {
            return Optional.empty();
        }
        ChainVerification verification = verify(query.aggregateId(), links, seals, keys);
        if (!verification.intact()) {
            return Optional.of(verification);
        }
        return Optional.of(global.againstCheckpoint()
                .map(problem -> new ChainVerification(query.aggregateId(), false, verification.eventsChecked(), null,
                        null, null, problem))
                .orElse(verification));
    }

    /** Walks the links in sequence order and stops at the first that does not hold, its own or its seal. */
    static ChainVerification verify(String aggregateId, List<Link> links, List<Seal> seals, ChainKeyring keys) {
        Map<String, Seal> sealOf = new HashMap<>();
        seals.forEach(seal -> sealOf.put(seal.eventId(), seal));
        Map<Long, String> stored = new HashMap<>();
        links.stream().filter(link -> link.eventId() != null)
                .forEach(link -> stored.put(link.sequenceNumber(), link.eventId()));
        Optional<Seal> firstRemoved = seals.stream()
                .filter(seal -> !seal.eventId().equals(stored.get(seal.sequenceNumber()))).findFirst();
        String previous = null;
        long expected = 0;
        int checked = 0;
        boolean keyed = false;
        for (Link link : links) {
            if (firstRemoved.isPresent() && firstRemoved.get().sequenceNumber() <= link.sequenceNumber()) {
                break;
            }
            String broken = null;
            Optional<ChainKey> key = link.keyId() == null ? Optional.empty() : keys.find(link.keyId());
            Seal seal = link.eventId() == null ? null : sealOf.get(link.eventId());
            if (link.sequenceNumber() != expected) {
                broken = "перед этим событием не хватает событий с № " + expected;
            } else if (link.eventId() == null) {
                broken = "событие удалено из хранилища, а звено цепочки осталось";
            } else if (link.hash() == null) {
                broken = "у события нет звена цепочки: оно записано в обход приложения";
            } else if (link.keyId() != null && key.isEmpty()) {
                broken = "звено сделано ключом «" + link.keyId() + "», которого у приложения нет";
            } else if (link.keyId() == null && keyed) {
                broken = "звено без ключа после звеньев с ключом: цепочка пересчитана в обход приложения";
            } else if (!link.eventId().equals(link.chainedEventId())
                    || !link.hash().equals(EventHashChain.link(key.orElse(null), previous, aggregateId,
                    link.sequenceNumber(), link.eventId(), link.payloadType(), link.payload(), link.metadata(),
                    link.timestamp()))) {
                broken = "событие изменено после записи: его хеш не совпадает с цепочкой";
            } else if (seal != null && !sealHolds(seal, aggregateId, link, keys)) {
                broken = "событие изменено после записи: оно не совпадает со своей печатью в глобальной цепочке "
                        + "(№ " + seal.position() + ")";
            }
            if (broken != null) {
                return broken(aggregateId, checked, link.sequenceNumber(),
                        link.eventId() == null ? link.chainedEventId() : link.eventId(), link.payloadType(), broken);
            }
            keyed = keyed || link.keyId() != null;
            previous = link.hash();
            expected = link.sequenceNumber() + 1;
            checked++;
        }
        if (firstRemoved.isPresent()) {
            Seal seal = firstRemoved.get();
            String what = stored.isEmpty() ? "все события удалены из хранилища" : "событие удалено из хранилища";
            return broken(aggregateId, checked, seal.sequenceNumber(), seal.eventId(), null, what
                    + ", но осталась его печать в глобальной цепочке (№ " + seal.position() + ")");
        }
        return new ChainVerification(aggregateId, true, checked, null, null, null,
                "История не изменялась: проверено событий — " + checked);
    }

    private static boolean sealHolds(Seal seal, String aggregateId, Link link, ChainKeyring keys) {
        return keys.find(seal.keyId())
                .map(key -> seal.hash().equals(EventHashChain.globalLink(key, seal.previous(), seal.position(),
                        seal.globalIndex(), aggregateId, link.sequenceNumber(), link.eventId(), link.payloadType(),
                        link.payload(), link.metadata(), link.timestamp())))
                .orElse(false);
    }

    private static ChainVerification broken(String aggregateId, int checked, long sequence, String eventId,
                                            String payloadType, String reason) {
        String name = payloadType == null ? "" : " " + simpleName(payloadType);
        return new ChainVerification(aggregateId, false, checked, sequence, eventId,
                payloadType == null ? null : simpleName(payloadType),
                "Цепочка нарушена на событии № " + sequence + name + ": " + reason);
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    private static Link link(ResultSet row, int number) throws SQLException {
        return new Link(row.getLong("sequencenumber"), row.getString("type"), row.getString("eventidentifier"),
                row.getString("payloadtype"), row.getBytes("payload"), row.getBytes("metadata"),
                row.getString("timestamp"), row.getString("chained_event"), row.getString("hash"),
                row.getString("key_id"));
    }

    /** One stored event beside its chain link; either side is null when missing. */
    record Link(long sequenceNumber, String type, String eventId, String payloadType, byte[] payload,
                byte[] metadata, String timestamp, String chainedEventId, String hash, String keyId) {

        /** A link of before keys. */
        Link(long sequenceNumber, String type, String eventId, String payloadType, byte[] payload, byte[] metadata,
             String timestamp, String chainedEventId, String hash) {
            this(sequenceNumber, type, eventId, payloadType, payload, metadata, timestamp, chainedEventId, hash,
                    null);
        }
    }

    /** One of the aggregate's seals in the global chain, with the hash of the seal before it. */
    record Seal(long position, long globalIndex, long sequenceNumber, String eventId, String keyId, String hash,
                String previous) {
    }
}
