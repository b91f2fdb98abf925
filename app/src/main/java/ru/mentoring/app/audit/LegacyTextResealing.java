package ru.mentoring.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mentoring.api.audit.ChainKey;
import ru.mentoring.api.audit.ChainKeyring;
import ru.mentoring.api.audit.ChainVerification;
import ru.mentoring.api.audit.EventHashChain;
import ru.mentoring.api.audit.GlobalChainVerification;
import ru.mentoring.api.audit.VerifyEventChain;
import ru.mentoring.query.audit.EventCheckpoints;
import ru.mentoring.query.audit.GlobalChainVerifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seals, once, the free texts that versions before crypto-shredding stored in the clear, so that erasure reaches
 * them (README «Personal data»). It rewrites stored events — which the event store is otherwise never allowed —
 * and is therefore run deliberately by the installation's owner ({@code --mentoring.maintenance=reseal-legacy-texts},
 * as the tables' owner), refuses to run over a store that does not verify (it would hide what was done to it), and
 * leaves a record of itself outside the database.
 * <p>
 * In one transaction, with the event store locked against appends and the chains and snapshots against everything:
 * the people erased before keys existed are given a shredded key (so that no key is ever made for them); every
 * aggregate's events are read in order through the event store (upcasters included) and each event holding a text in
 * the clear is serialized again as the present version would store it ({@link LegacyTexts}) — sealed, or unreadable
 * from the start when it is about someone already erased — and updated in place, with the dead letters that hold
 * it; the links of the aggregates rewritten are made again from the first event rewritten on, with the current
 * chain key, and so is the global chain from the first seal concerned; the snapshots of those aggregates are dropped
 * (rebuilt from the events). After the commit a checkpoint of the new chain is written, and a record signed with the
 * chain key ({@code resealing-<time>.json} beside the checkpoints) names the checkpoint before and after, what was
 * rewritten, and who ran it. A dry run does all of it and rolls back.
 */
@Component
public class LegacyTextResealing {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyTextResealing.class);
    /** Longer than any token claim's timeout: a node that claimed a segment as recently as this is running. */
    private static final Duration LIVE_CLAIM = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final EventStorageEngine events;
    private final Serializer serializer;
    private final ChainKeyring keys;
    private final EventCheckpoints checkpoints;
    private final GlobalChainVerifier globalVerifier;
    private final QueryGateway queries;
    private final EventProcessingConfiguration processing;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Clock clock;

    LegacyTextResealing(JdbcClient jdbc, EventStorageEngine events,
                        @Qualifier("eventSerializer") Serializer serializer, ChainKeyring keys,
                        EventCheckpoints checkpoints, GlobalChainVerifier globalVerifier, QueryGateway queries,
                        EventProcessingConfiguration processing, PlatformTransactionManager transactions,
                        ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.serializer = serializer;
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.globalVerifier = globalVerifier;
        this.queries = queries;
        this.processing = processing;
        this.transactions = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    /**
     * Reseals the store, or with {@code dryRun} says what it would do and changes nothing. The event processors of
     * this node are stopped meanwhile and started again after.
     *
     * @throws ResealingRefused when the store does not verify, another node is running, or the database role may
     *                          not rewrite the event store
     */
    public Outcome run(boolean dryRun, String operator) {
        List<EventProcessor> stopped = new ArrayList<>();
        processing.eventProcessors().values().stream()
                .filter(processor -> processor instanceof StreamingEventProcessor && processor.isRunning())
                .forEach(processor -> {
                    processor.shutDown();
                    stopped.add(processor);
                });
        try {
            refuseWhileOthersRun();
            Optional<EventCheckpoints.Checkpoint> before = checkpoints.last();
            Outcome outcome = transactions.execute(status -> {
                Outcome rewritten = reseal(dryRun);
                if (dryRun) {
                    status.setRollbackOnly();
                }
                return rewritten;
            });
            if (dryRun || outcome.eventsRewritten() == 0 && outcome.erasedPeopleShredded() == 0) {
                LOG.info("Resealing {}: {}", dryRun ? "(dry run, nothing changed)" : "found nothing to do", outcome);
                return outcome;
            }
            Optional<EventCheckpoints.Checkpoint> after = checkpoints.take();
            GlobalChainVerification verification = globalVerifier.verify();
            Path record = record(outcome, operator, before, after, verification);
            Outcome done = outcome.after(before.map(EventCheckpoints.Checkpoint::fingerprint).orElse(null),
                    after.map(EventCheckpoints.Checkpoint::fingerprint).orElse(null), verification.intact(), record);
            LOG.warn("Stored events were rewritten to seal the texts earlier versions stored in the clear: {}", done);
            return done;
        } finally {
            stopped.forEach(EventProcessor::start);
        }
    }

    private void refuseWhileOthersRun() {
        Instant recent = clock.instant().minus(LIVE_CLAIM);
        List<String> owners = jdbc.sql("SELECT DISTINCT owner, \"timestamp\" FROM tokenentry WHERE owner IS NOT NULL")
                .query((row, number) -> Instant.parse(row.getString(2)).isAfter(recent) ? row.getString(1) : null)
                .list().stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!owners.isEmpty()) {
            throw new ResealingRefused("Other nodes are running (they hold event processors' segments: " + owners
                    + "). Stop every node of the installation, then run the resealing again.");
        }
    }

    private Outcome reseal(boolean dryRun) {
        boolean mayRewrite = jdbc.sql("""
                        SELECT has_table_privilege('domainevententry', 'UPDATE')
                           AND has_table_privilege('event_hash_chain', 'UPDATE')
                           AND has_table_privilege('event_global_chain', 'UPDATE')""")
                .query(Boolean.class).single();
        if (!mayRewrite) {
            throw new ResealingRefused("The database role " + jdbc.sql("SELECT current_user").query(String.class)
                    .single() + " may not rewrite the event store: run the resealing as the tables' owner "
                    + "(SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD of the role Flyway migrates as).");
        }
        jdbc.sql("LOCK TABLE domainevententry IN EXCLUSIVE MODE").update();
        jdbc.sql("LOCK TABLE event_hash_chain, event_global_chain, snapshotevententry, snapshot_seal, deadletterentry "
                + "IN ACCESS EXCLUSIVE MODE").update();
        GlobalChainVerification global = globalVerifier.verify();
        if (!global.intact()) {
            throw new ResealingRefused("The event store does not verify, and resealing would make its chains again "
                    + "over what was done to it: " + global.message());
        }
        int shredded = jdbc.sql("""
                        INSERT INTO personal_key (person_id, secret, shredded_at)
                        SELECT person_id, NULL, erased_at FROM person_register WHERE erased_at IS NOT NULL
                        ON CONFLICT (person_id) DO UPDATE SET secret = NULL,
                               shredded_at = coalesce(personal_key.shredded_at, EXCLUDED.shredded_at)
                         WHERE personal_key.secret IS NOT NULL OR personal_key.shredded_at IS NULL""")
                .update();
        List<Stream> streams = jdbc.sql("""
                        SELECT aggregateidentifier, max(type) FROM domainevententry
                         GROUP BY aggregateidentifier ORDER BY min(globalindex)""")
                .query((row, number) -> new Stream(row.getString(1), row.getString(2)))
                .list();
        Tally tally = new Tally();
        Map<String, Long> firstRewritten = new LinkedHashMap<>();
        List<String> eventsRewritten = new ArrayList<>();
        for (Stream stream : streams) {
            LegacyTexts texts = new LegacyTexts("RoadMap".equals(stream.type()));
            List<Rewrite> rewrites = new ArrayList<>();
            for (Stored event : read(stream)) {
                tally.eventsRead++;
                texts.next(event.payload()).ifPresent(payload ->
                        rewrites.add(new Rewrite(event.eventId(), event.sequenceNumber(), payload)));
            }
            tally.add(texts);
            if (rewrites.isEmpty()) {
                continue;
            }
            ChainVerification chain = queries.query(new VerifyEventChain(stream.aggregateId(), null),
                    ResponseTypes.optionalInstanceOf(ChainVerification.class)).join().orElse(null);
            if (chain != null && !chain.intact()) {
                throw new ResealingRefused("The chain of " + stream.aggregateId() + " does not verify, and resealing "
                        + "would make it again over what was done to it: " + chain.message());
            }
            for (Rewrite rewrite : rewrites) {
                SerializedObject<byte[]> stored = serializer.serialize(rewrite.payload(), byte[].class);
                jdbc.sql("""
                                UPDATE domainevententry SET payloadtype = ?, payloadrevision = ?, payload = ?
                                 WHERE eventidentifier = ?""")
                        .params(stored.getType().getName(), stored.getType().getRevision(), stored.getData(),
                                rewrite.eventId())
                        .update();
                eventsRewritten.add(rewrite.eventId());
            }
            firstRewritten.put(stream.aggregateId(), rewrites.get(0).sequenceNumber());
        }
        if (eventsRewritten.isEmpty()) {
            return tally.outcome(dryRun, shredded, 0, 0, 0, 0, 0, 0);
        }
        ChainKey key = keys.current();
        int links = 0;
        for (Map.Entry<String, Long> aggregate : firstRewritten.entrySet()) {
            links += relink(key, aggregate.getKey(), aggregate.getValue());
        }
        int seals = resealGlobalChain(key, eventsRewritten);
        String[] ids = eventsRewritten.toArray(String[]::new);
        int deadLetters = jdbc.sql("""
                        UPDATE deadletterentry d
                           SET payloadtype = e.payloadtype, payloadrevision = e.payloadrevision, payload = e.payload
                          FROM domainevententry e
                         WHERE e.eventidentifier = d.eventidentifier AND e.eventidentifier = ANY (?)""")
                .param(ids).update();
        String[] aggregates = firstRewritten.keySet().toArray(String[]::new);
        jdbc.sql("DELETE FROM snapshot_seal WHERE aggregateidentifier = ANY (?)").param(aggregates).update();
        int snapshots = jdbc.sql("DELETE FROM snapshotevententry WHERE aggregateidentifier = ANY (?)")
                .param(aggregates).update();
        return tally.outcome(dryRun, shredded, eventsRewritten.size(), firstRewritten.size(), links, seals,
                snapshots, deadLetters);
    }

    /**
     * A stream's events in order, as the application reads them. Axon reads an aggregate's events through its
     * upcasters; an event published without an aggregate (the register's), stored under its own id with no type,
     * it reads only in global order, so that one is deserialized here from its row.
     */
    private List<Stored> read(Stream stream) {
        if (stream.type() == null) {
            return jdbc.sql("""
                            SELECT eventidentifier, sequencenumber, payloadtype, payloadrevision, payload
                              FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""")
                    .param(stream.aggregateId())
                    .query((row, number) -> new Stored(row.getString(1), row.getLong(2),
                            serializer.deserialize(new SimpleSerializedObject<>(row.getBytes(5), byte[].class,
                                    row.getString(3), row.getString(4)))))
                    .list();
        }
        List<Stored> stored = new ArrayList<>();
        DomainEventStream events = this.events.readEvents(stream.aggregateId(), 0L);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            stored.add(new Stored(event.getIdentifier(), event.getSequenceNumber(), event.getPayload()));
        }
        return stored;
    }

    /** Makes the aggregate's links again from the sequence number given on, as {@code EventChainWriter} does. */
    private int relink(ChainKey key, String aggregateId, long from) {
        String previous = jdbc.sql("""
                        SELECT hash FROM event_hash_chain WHERE aggregateidentifier = ? AND sequencenumber < ?
                         ORDER BY sequencenumber DESC LIMIT 1""")
                .params(aggregateId, from).query(String.class).optional().orElse(null);
        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT c.sequencenumber, c.eventidentifier, e.payloadtype, e.payload, e.metadata,
                               e."timestamp"
                          FROM event_hash_chain c
                          JOIN domainevententry e ON e.eventidentifier = c.eventidentifier
                         WHERE c.aggregateidentifier = ? AND c.sequencenumber >= ?
                         ORDER BY c.sequencenumber""")
                .params(aggregateId, from).query().listOfRows();
        for (Map<String, Object> row : rows) {
            String link = EventHashChain.link(key, previous, aggregateId, (Long) row.get("sequencenumber"),
                    (String) row.get("eventidentifier"), (String) row.get("payloadtype"), (byte[]) row.get("payload"),
                    (byte[]) row.get("metadata"), (String) row.get("timestamp"));
            jdbc.sql("UPDATE event_hash_chain SET hash = ?, key_id = ? WHERE eventidentifier = ?")
                    .params(link, key.id(), row.get("eventidentifier")).update();
            previous = link;
        }
        return rows.size();
    }

    /** Makes the global chain's seals again from the first event rewritten on, as {@code EventSealer} does. */
    private int resealGlobalChain(ChainKey key, List<String> eventsRewritten) {
        Optional<Long> from = jdbc.sql("SELECT min(position) FROM event_global_chain WHERE eventidentifier = ANY (?)")
                .param(eventsRewritten.toArray(String[]::new)).query(Long.class).optional();
        if (from.isEmpty() || from.get() == null) {
            return 0; // none sealed yet: the sealer seals them as they are now
        }
        String previous = jdbc.sql("SELECT hash FROM event_global_chain WHERE position = ?")
                .param(from.get() - 1).query(String.class).optional().orElse(null);
        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT g.position, g.globalindex, g.aggregateidentifier, g.sequencenumber, g.eventidentifier,
                               e.payloadtype, e.payload, e.metadata, e."timestamp"
                          FROM event_global_chain g
                          JOIN domainevententry e ON e.eventidentifier = g.eventidentifier
                         WHERE g.position >= ?
                         ORDER BY g.position""")
                .param(from.get()).query().listOfRows();
        for (Map<String, Object> row : rows) {
            String seal = EventHashChain.globalLink(key, previous, (Long) row.get("position"),
                    (Long) row.get("globalindex"), (String) row.get("aggregateidentifier"),
                    (Long) row.get("sequencenumber"), (String) row.get("eventidentifier"),
                    (String) row.get("payloadtype"), (byte[]) row.get("payload"), (byte[]) row.get("metadata"),
                    (String) row.get("timestamp"));
            jdbc.sql("UPDATE event_global_chain SET hash = ?, key_id = ? WHERE position = ?")
                    .params(seal, key.id(), row.get("position")).update();
            previous = seal;
        }
        return rows.size();
    }

    private Path record(Outcome outcome, String operator, Optional<EventCheckpoints.Checkpoint> before,
                        Optional<EventCheckpoints.Checkpoint> after, GlobalChainVerification verification) {
        ChainKey key = keys.current();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("kind", "resealing of texts stored in the clear");
        record.put("at", at.toString());
        record.put("operator", operator);
        record.put("database", jdbc.sql("SELECT current_database()").query(String.class).single());
        record.put("checkpointBefore", before.map(EventCheckpoints.Checkpoint::fingerprint).orElse(null));
        record.put("checkpointAfter", after.map(EventCheckpoints.Checkpoint::fingerprint).orElse(null));
        record.put("eventsRewritten", outcome.eventsRewritten());
        record.put("aggregatesRewritten", outcome.aggregatesRewritten());
        record.put("textsSealed", outcome.textsSealed());
        record.put("linksMadeAgain", outcome.linksMadeAgain());
        record.put("sealsMadeAgain", outcome.sealsMadeAgain());
        record.put("verifiedAfter", verification.intact());
        record.put("keyId", key.id());
        Map<String, Object> signed = new HashMap<>(record);
        try {
            String text = json.writeValueAsString(new java.util.TreeMap<>(signed));
            record.put("signature", EventHashChain.sign(key, text));
            Path folder = checkpoints.directory();
            Files.createDirectories(folder);
            Path file = folder.resolve("resealing-" + at.toEpochMilli() + ".json");
            Path draft = Files.createTempFile(folder, "resealing", ".draft");
            json.writerWithDefaultPrettyPrinter().writeValue(draft.toFile(), record);
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The record of the resealing cannot be written to "
                    + checkpoints.directory() + "; the store was resealed and a checkpoint written", e);
        }
    }

    /** Refused before anything was changed. */
    public static class ResealingRefused extends RuntimeException {
        ResealingRefused(String message) {
            super(message);
        }
    }

    /**
     * What the resealing did (or, dry, would do): events read and rewritten, the aggregates they belong to, texts
     * sealed, texts left in the clear for naming no one, road-map names moved into sealed texts, erasures' reasons
     * in words dropped, erased people given a shredded key, links and seals made again, snapshots dropped, dead
     * letters rewritten; after it, the checkpoints before and after, whether the global chain verified, the record.
     */
    public record Outcome(boolean dryRun, long eventsRead, int eventsRewritten, int aggregatesRewritten,
                          int textsSealed, int textsAboutNoOne, int namesSealed, int reasonsDropped,
                          int erasedPeopleShredded, int linksMadeAgain, int sealsMadeAgain, int snapshotsDropped,
                          int deadLettersRewritten, String checkpointBefore, String checkpointAfter,
                          Boolean verifiedAfter, Path record) {

        Outcome after(String before, String checkpoint, boolean verified, Path file) {
            return new Outcome(dryRun, eventsRead, eventsRewritten, aggregatesRewritten, textsSealed, textsAboutNoOne,
                    namesSealed, reasonsDropped, erasedPeopleShredded, linksMadeAgain, sealsMadeAgain,
                    snapshotsDropped, deadLettersRewritten, before, checkpoint, verified, file);
        }
    }

    private record Stream(String aggregateId, String type) {
    }

    private record Stored(String eventId, long sequenceNumber, Object payload) {
    }

    private record Rewrite(String eventId, long sequenceNumber, Object payload) {
    }

    private static final class Tally {
        long eventsRead;
        int sealed;
        int aboutNoOne;
        int names;
        int reasonsDropped;

        void add(LegacyTexts texts) {
            sealed += texts.sealed();
            aboutNoOne += texts.aboutNoOne();
            names += texts.names();
            reasonsDropped += texts.reasonsDropped();
        }

        Outcome outcome(boolean dryRun, int shredded, int events, int aggregates, int links, int seals,
                        int snapshots, int deadLetters) {
            return new Outcome(dryRun, eventsRead, events, aggregates, sealed, aboutNoOne, names, reasonsDropped,
                    shredded, links, seals, snapshots, deadLetters, null, null, null, null);
        }
    }
}
