package ru.mentoring.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.audit.ChainKey;
import ru.mentoring.api.audit.ChainKeyring;
import ru.mentoring.api.audit.EventHashChain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Checkpoints of the global chain, written outside the database: the head of {@code event_global_chain} (its
 * position, the event's global index and the link), signed with the chain key, as one JSON file per checkpoint in
 * {@code mentoring.audit.checkpoints.directory} (by default {@code ~/.mentoring/checkpoints/<database>}), a
 * directory a site ships elsewhere. Taken every {@code mentoring.audit.checkpoints.interval} (10 minutes) while
 * the chain has grown, on demand, and with every monitoring form submitted, which carries the fingerprint.
 * <p>
 * A database writer can remove the newest events together with their links and seals; the checkpoint, out of
 * their reach, still says how long the chain was and what its link there was, so the verification names it.
 */
@Component
public class EventCheckpoints implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EventCheckpoints.class);
    private static final String PREFIX = "checkpoint-";

    private final JdbcClient jdbc;
    private final ChainKeyring keys;
    private final ObjectMapper json;
    private final Clock clock;
    private final String configuredDirectory;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private volatile boolean running;
    private volatile Path directory;

    EventCheckpoints(JdbcClient jdbc, ChainKeyring keys, ObjectMapper json, Clock clock,
                     @Value("${mentoring.audit.checkpoints.directory:}") String directory,
                     @Value("${mentoring.audit.checkpoints.interval:PT10M}") Duration interval) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.configuredDirectory = directory;
        this.interval = interval;
    }

    /**
     * The head of the global chain as it is now, signed, the file written; nothing while no event is sealed.
     */
    public synchronized Optional<Checkpoint> take() {
        Optional<Checkpoint> head = jdbc.sql("""
                        SELECT position, globalindex, hash FROM event_global_chain ORDER BY position DESC LIMIT 1""")
                .query((row, number) -> sign(database(), row.getLong(1), row.getLong(2), row.getString(3),
                        clock.instant().truncatedTo(ChronoUnit.MILLIS)))
                .optional();
        head.ifPresent(this::write);
        return head;
    }

    /**
     * The checkpoint furthest along the chain among the files whose signature holds (a file altered, or signed
     * with a key the application does not have, is passed over and logged; so is a file of another database).
     */
    public Optional<Checkpoint> last() {
        Path folder = directory();
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            // the names sort as the checkpoints do (position, then time): read from the newest until one holds
            return files.filter(file -> file.getFileName().toString().startsWith(PREFIX)
                            && file.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .map(this::read)
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("The checkpoints in " + folder + " cannot be listed", e);
        }
    }

    /** Where the checkpoints of this database are written. */
    public Path directory() {
        if (directory == null) {
            directory = configuredDirectory.isBlank()
                    ? Path.of(System.getProperty("user.home"), ".mentoring", "checkpoints", database())
                    : Path.of(configuredDirectory);
        }
        return directory;
    }

    private Checkpoint sign(String database, long position, long globalIndex, String hash, Instant takenAt) {
        ChainKey key = keys.current();
        Checkpoint unsigned = new Checkpoint(database, position, globalIndex, hash, key.id(), takenAt, null);
        return unsigned.withSignature(EventHashChain.sign(key, unsigned.signedText()));
    }

    private void write(Checkpoint checkpoint) {
        Path folder = directory();
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(PREFIX + String.format("%012d", checkpoint.position()) + "-"
                    + checkpoint.takenAt().toEpochMilli() + ".json");
            Path draft = Files.createTempFile(folder, "checkpoint", ".draft");
            json.writerWithDefaultPrettyPrinter().writeValue(draft.toFile(), checkpoint);
            Files.move(draft, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Checkpoint {} of the event store written: position {}, {}", checkpoint.fingerprint(),
                    checkpoint.position(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("The checkpoint cannot be written to " + folder, e);
        }
    }

    private Optional<Checkpoint> read(Path file) {
        try {
            Checkpoint checkpoint = json.readValue(file.toFile(), Checkpoint.class);
            Optional<ChainKey> key = keys.find(checkpoint.keyId());
            if (key.isEmpty() || checkpoint.signature() == null
                    || !EventHashChain.sign(key.get(), checkpoint.signedText()).equals(checkpoint.signature())) {
                LOG.warn("The checkpoint {} is not signed with a chain key of this application: passed over", file);
                return Optional.empty();
            }
            if (!checkpoint.database().equals(database())) {
                return Optional.empty();
            }
            return Optional.of(checkpoint);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The checkpoint {} cannot be read: passed over ({})", file, e.getMessage());
            return Optional.empty();
        }
    }

    private String database() {
        return jdbc.sql("SELECT current_database()").query(String.class).single();
    }

    private void takeIfGrown() {
        try {
            long head = jdbc.sql("SELECT coalesce(max(position), 0) FROM event_global_chain").query(Long.class)
                    .single();
            long checkpointed = last().map(Checkpoint::position).orElse(0L);
            if (head > checkpointed) {
                take();
            }
        } catch (RuntimeException e) {
            LOG.error("The periodic checkpoint of the event store failed", e);
        }
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::takeIfGrown, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * One checkpoint: the global chain's {@code position} and {@code hash} there, the event's {@code globalIndex},
     * when it was taken, and the signature (HMAC-SHA-256 with the key {@code keyId}) over all of it.
     */
    public record Checkpoint(String database, long position, long globalIndex, String hash, String keyId,
                             Instant takenAt, String signature) {

        /** What the signature covers. */
        String signedText() {
            return String.join("|", "checkpoint", database, Long.toString(position), Long.toString(globalIndex),
                    hash, keyId, takenAt.toString());
        }

        Checkpoint withSignature(String signature) {
            return new Checkpoint(database, position, globalIndex, hash, keyId, takenAt, signature);
        }

        /** The first 64 bits of the signature, in four groups: what a monitoring form carries. */
        public String fingerprint() {
            return String.join("-", List.of(signature.substring(0, 4), signature.substring(4, 8),
                    signature.substring(8, 12), signature.substring(12, 16)));
        }
    }
}
