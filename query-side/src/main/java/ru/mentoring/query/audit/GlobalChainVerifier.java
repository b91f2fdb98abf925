package ru.mentoring.query.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mentoring.api.audit.ChainKey;
import ru.mentoring.api.audit.ChainKeyring;
import ru.mentoring.api.audit.EventHashChain;
import ru.mentoring.api.audit.GlobalChainVerification.CheckpointSummary;
import ru.mentoring.api.audit.GlobalChainVerification;

import javax.sql.DataSource;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Checks the global chain over the whole event store, seal by seal in order: every seal is recomputed with its key
 * from the event as stored, a missing seal or event is named, and the chain's head is compared with the last
 * checkpoint written outside the database ({@link EventCheckpoints}), so that the newest events removed together
 * with their links and seals are named too. Reads the store in one pass, a few hundred rows at a time.
 */
@Component
public class GlobalChainVerifier {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Moscow"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ChainKeyring keys;
    private final EventCheckpoints checkpoints;

    GlobalChainVerifier(DataSource dataSource, TransactionTemplate transactions, ChainKeyring keys,
                        EventCheckpoints checkpoints) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.transactions = transactions;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    /** The whole global chain checked, and its head against the last checkpoint. */
    public GlobalChainVerification verify() {
        Optional<EventCheckpoints.Checkpoint> checkpoint = checkpoints.last();
        CheckpointSummary summary = checkpoint.map(GlobalChainVerifier::summary).orElse(null);
        Walk walk = transactions.execute(status -> {
            Walk state = new Walk();
            jdbc.query("""
                            SELECT g.position, g.globalindex, g.aggregateidentifier, g.sequencenumber,
                                   g.eventidentifier, g.key_id, g.hash, e.eventidentifier AS stored,
                                   e.payloadtype, e.payload, e.metadata, e."timestamp"
                              FROM event_global_chain g
                              LEFT JOIN domainevententry e ON e.eventidentifier = g.eventidentifier
                             ORDER BY g.position""", row -> {
                if (state.broken != null) {
                    return;
                }
                long position = row.getLong("position");
                String aggregate = row.getString("aggregateidentifier");
                long sequence = row.getLong("sequencenumber");
                String eventId = row.getString("eventidentifier");
                String reason = null;
                Optional<ChainKey> key = keys.find(row.getString("key_id"));
                if (position != state.position + 1) {
                    reason = "печати с № " + (state.position + 1) + " по № " + (position - 1)
                            + " удалены из глобальной цепочки";
                } else if (row.getString("stored") == null) {
                    reason = "событие " + eventId + " (" + aggregate + ", № " + sequence
                            + ") удалено из хранилища";
                } else if (key.isEmpty()) {
                    reason = "печать сделана ключом «" + row.getString("key_id") + "», которого у приложения нет";
                } else if (!row.getString("hash").equals(EventHashChain.globalLink(key.get(), state.hash, position,
                        row.getLong("globalindex"), aggregate, sequence, eventId, row.getString("payloadtype"),
                        row.getBytes("payload"), row.getBytes("metadata"), row.getString("timestamp")))) {
                    reason = "событие " + eventId + " (" + aggregate + ", № " + sequence
                            + ") или его печать изменены после записи";
                }
                if (reason != null) {
                    state.broken = new GlobalChainVerification(false, state.checked, 0, position, eventId, aggregate,
                            sequence, "Глобальная цепочка нарушена на печати № " + position + ": " + reason, null);
                    return;
                }
                state.position = position;
                state.hash = row.getString("hash");
                state.checked++;
            });
            return state;
        });
        long notSealed = jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry e
                 WHERE NOT EXISTS (SELECT FROM event_global_chain g WHERE g.eventidentifier = e.eventidentifier)""",
                Long.class);
        if (walk.broken != null) {
            GlobalChainVerification broken = walk.broken;
            return new GlobalChainVerification(false, broken.eventsChecked(), notSealed, broken.brokenAtPosition(),
                    broken.brokenEventId(), broken.brokenAggregateId(), broken.brokenSequenceNumber(),
                    broken.message(), summary);
        }
        Optional<String> truncated = checkpoint.flatMap(this::against);
        if (truncated.isPresent()) {
            return new GlobalChainVerification(false, walk.checked, notSealed, null, null, null, null,
                    truncated.get(), summary);
        }
        return new GlobalChainVerification(true, walk.checked, notSealed, null, null, null, null,
                "Хранилище событий не изменялось: проверено печатей — " + walk.checked
                        + (notSealed == 0 ? "" : "; ещё не запечатано событий — " + notSealed)
                        + (checkpoint.isEmpty() ? "; контрольных точек ещё нет"
                        : "; совпадает с контрольной точкой " + summary.fingerprint()), summary);
    }

    /** What the global chain's head says against the last checkpoint: nothing when it holds. */
    Optional<String> againstCheckpoint() {
        return checkpoints.last().flatMap(this::against);
    }

    private Optional<String> against(EventCheckpoints.Checkpoint checkpoint) {
        long head = jdbc.queryForObject("SELECT coalesce(max(position), 0) FROM event_global_chain", Long.class);
        String when = MOMENT.format(checkpoint.takenAt()) + " (МСК)";
        if (head < checkpoint.position()) {
            return Optional.of("Хранилище короче контрольной точки " + checkpoint.fingerprint() + " от " + when
                    + ": тогда было запечатано событий — " + checkpoint.position() + ", сейчас — " + head
                    + "; последние события удалены вместе с их звеньями и печатями");
        }
        String hash = jdbc.query("SELECT hash FROM event_global_chain WHERE position = ?",
                (row, number) -> row.getString(1), checkpoint.position()).stream().findFirst().orElse(null);
        if (!checkpoint.hash().equals(hash)) {
            return Optional.of("Глобальная цепочка не совпадает с контрольной точкой " + checkpoint.fingerprint()
                    + " от " + when + " на печати № " + checkpoint.position() + ": она переписана");
        }
        return Optional.empty();
    }

    private static CheckpointSummary summary(EventCheckpoints.Checkpoint checkpoint) {
        return new CheckpointSummary(checkpoint.position(), checkpoint.globalIndex(), checkpoint.takenAt(),
                checkpoint.keyId(), checkpoint.fingerprint());
    }

    private static final class Walk {
        private long position;
        private String hash;
        private long checked;
        private GlobalChainVerification broken;
    }
}
