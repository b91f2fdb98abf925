package ru.mentoring.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The streaming processors of several nodes on one database. Axon already shares their segments through the token
 * store: a node claims the segments no one holds, a dead node's claims expire after the claim timeout and the others
 * take them. What Axon without Axon Server has no channel for goes through two tables, polled every second on
 * every node:
 * <ul>
 *     <li>a <b>rebuild</b> asked on any node ({@code projection_request}): every node shuts its processor down, which
 *     releases the segments it holds; the first node that can then claim every token resets them all — its
 *     projection's {@code @ResetHandler} clearing the tables in the same transaction that marks the request done —
 *     and every node starts its processor again, claiming segments as usual;</li>
 *     <li>a <b>split</b> or <b>merge</b> of a segment, done by the node that holds it (or any node while no one
 *     does);</li>
 *     <li>the <b>nodes alive</b> ({@code cluster_node}, a heartbeat): a node that holds more than its share of a
 *     processor's segments lets one go for a while, so that the others claim it — Axon's pooled processor claims
 *     every free segment it sees, and the node started first would otherwise keep them all.</li>
 * </ul>
 * A site with Axon Server switches all of this for Axon Server's own processor control and load balancing.
 */
@Component
public class ClusterProjections implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterProjections.class);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration ALIVE_WITHIN = Duration.ofSeconds(5);
    private static final Duration QUIET_AFTER_UNTAKEN = Duration.ofMinutes(1);
    private static final int BALANCE_EVERY_TICKS = 5;
    private static final Duration SPLIT_TIMEOUT = Duration.ofSeconds(30);

    /** A request waiting: its processor, what to do, and the segment it names (split, merge). */
    public record Request(long id, String processor, String action, Integer segment, String requestedBy) {
    }

    /** A node that has written its heartbeat lately. */
    public record Node(String name, boolean self) {
    }

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SegmentWatch segments;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    /** Processors this node shut down for a rebuild that still waits, to start again once it is done. */
    private final Set<String> stoppedForRebuild = ConcurrentHashMap.newKeySet();
    /** Balancing: the segment of each processor this node let go last, and the processors it leaves alone a while. */
    private final Map<String, Integer> released = new HashMap<>();
    private final Map<String, Instant> quietUntil = new HashMap<>();
    private ScheduledExecutorService ticks;
    private volatile boolean running;
    private int tick;
    private boolean failing;

    ClusterProjections(EventProcessingConfiguration processing, JdbcClient jdbc, TransactionTemplate transactions,
                       SegmentWatch segments) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.segments = segments;
    }

    /** This node's name, as the token store records it as a segment's owner (Axon's default node id). */
    public String node() {
        return node;
    }

    /**
     * The nodes alive, this one first: those whose heartbeat is at most {@link #ALIVE_WITHIN} old. Shorter than the
     * claim timeout, so that a node killed is counted gone before its segments' claims can expire: the survivors
     * then keep the segments they take over instead of letting them go again for the dead node's share.
     */
    public List<Node> nodes() {
        return jdbc.sql("SELECT node FROM cluster_node WHERE seen_at > now() - make_interval(secs => ?) "
                        + "ORDER BY node <> ?, node")
                .param(ALIVE_WITHIN.toMillis() / 1000.0).param(node)
                .query((row, n) -> new Node(row.getString(1), node.equals(row.getString(1))))
                .list();
    }

    /** Asks the cluster to rebuild the processor; a rebuild already waiting for it is not asked twice. */
    public void requestRebuild(String processor) {
        jdbc.sql("INSERT INTO projection_request (processor, action, requested_by) VALUES (?, 'REBUILD', ?) "
                        + "ON CONFLICT (processor) WHERE action = 'REBUILD' AND done_at IS NULL DO NOTHING")
                .param(processor).param(node).update();
    }

    /** Asks the node that holds the segment to split it (or merge it with its sibling). */
    public void requestSegmentChange(String processor, String action, int segment) {
        jdbc.sql("INSERT INTO projection_request (processor, action, segment, requested_by) VALUES (?, ?, ?, ?)")
                .param(processor).param(action).param(segment).param(node).update();
    }

    /** The requests not done yet, oldest first. */
    public List<Request> pending() {
        return jdbc.sql("SELECT id, processor, action, segment, requested_by FROM projection_request "
                        + "WHERE done_at IS NULL ORDER BY id")
                .query((row, n) -> new Request(row.getLong(1), row.getString(2), row.getString(3),
                        (Integer) row.getObject(4), row.getString(5)))
                .list();
    }

    /**
     * Does what this node can of the requests waiting: shuts down the processors a rebuild waits for, resets a
     * processor once no node holds its segments, splits and merges what it holds, and starts again what it shut
     * down for a rebuild that is done. Runs every second, and at once on the node that was asked.
     */
    public synchronized void advance() {
        List<Request> pending = pending();
        Set<String> rebuilding = new HashSet<>();
        for (Request request : pending) {
            Optional<StreamingEventProcessor> processor = processor(request.processor());
            if (processor.isEmpty()) {
                continue;
            }
            if ("REBUILD".equals(request.action())) {
                if (!rebuild(request, processor.get())) {
                    rebuilding.add(request.processor());
                }
            } else {
                changeSegment(request, processor.get());
            }
        }
        for (String name : List.copyOf(stoppedForRebuild)) {
            if (!rebuilding.contains(name)) {
                processor(name).ifPresent(StreamingEventProcessor::start);
                stoppedForRebuild.remove(name);
                log.info("Projection {}: rebuild reset, processing again on node {}", name, node);
            }
        }
    }

    /** True once the request is done, by this node or another. */
    private boolean rebuild(Request request, StreamingEventProcessor processor) {
        if (processor.isRunning()) {
            processor.shutDown();
        }
        stoppedForRebuild.add(request.processor());
        try {
            Boolean done = transactions.execute(status -> {
                boolean mine = jdbc.sql("SELECT id FROM projection_request WHERE id = ? AND done_at IS NULL "
                        + "FOR UPDATE SKIP LOCKED").param(request.id()).query(Long.class).optional().isPresent();
                if (!mine) {
                    return false;
                }
                // claims every token (refused while another node still holds one), clears the projection's
                // tables and stores the replay tokens: all in this transaction, with the request marked done
                processor.resetTokens();
                finish(request.id(), "reset");
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                log.info("Projection {}: tokens reset by node {} (asked by {})", request.processor(), node,
                        request.requestedBy());
                return true;
            }
            return !rebuildPending(request.processor());
        } catch (UnableToClaimTokenException heldElsewhere) {
            log.debug("Projection {}: waiting for the other nodes to release their segments", request.processor());
            return false;
        }
    }

    private void changeSegment(Request request, StreamingEventProcessor processor) {
        int segment = request.segment();
        Optional<SegmentPosition> held = segments.segments(request.processor()).stream()
                .filter(position -> position.segment() == segment).findFirst();
        if (held.isEmpty()) {
            finish(request.id(), "no such segment");
            return;
        }
        boolean mine = processor.processingStatus().containsKey(segment);
        boolean unclaimedAndAskedHere = held.get().owner() == null && node.equals(request.requestedBy());
        if (!mine && !unclaimedAndAskedHere) {
            return; // the node that holds it does it (or, while no one holds it, the node that was asked)
        }
        if (!processor.isRunning()) {
            return;
        }
        boolean changed;
        try {
            changed = ("SPLIT".equals(request.action()) ? processor.splitSegment(segment)
                    : processor.mergeSegment(segment)).get(SPLIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            changed = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        finish(request.id(), changed ? "done" : "refused");
        log.info("Projection {}: {} of segment {} {} on node {}", request.processor(), request.action(), segment,
                changed ? "done" : "refused", node);
    }

    private void finish(long id, String outcome) {
        jdbc.sql("UPDATE projection_request SET done_at = now(), done_by = ?, outcome = ? WHERE id = ?")
                .param(node).param(outcome).param(id).update();
    }

    /** Whether a rebuild of the processor waits for the nodes. */
    private boolean rebuildPending(String processor) {
        return jdbc.sql("SELECT count(*) FROM projection_request WHERE processor = ? AND action = 'REBUILD' "
                + "AND done_at IS NULL").param(processor).query(Long.class).single() > 0;
    }

    /**
     * Lets one segment go of each processor of which this node holds more than its share (the processor's
     * segments over the nodes alive, rounded up) while another node holds less; that node claims it within its
     * claim interval. If no one took the segment let go last time, the processor is left alone for a minute.
     */
    void balance() {
        List<String> others = nodes().stream().filter(each -> !each.self()).map(Node::name).toList();
        if (others.isEmpty()) {
            return;
        }
        int alive = others.size() + 1;
        Map<String, Integer> segmentCounts = new TreeMap<>();
        Map<String, Map<String, Integer>> heldByOwner = new TreeMap<>();
        Map<String, String> ownerOfSegment = new HashMap<>();
        segments.all().forEach(position -> {
            segmentCounts.merge(position.processor(), 1, Integer::sum);
            ownerOfSegment.put(position.processor() + "/" + position.segment(), position.owner());
            if (position.owner() != null) {
                heldByOwner.computeIfAbsent(position.processor(), name -> new TreeMap<>())
                        .merge(position.owner(), 1, Integer::sum);
            }
        });
        for (EventProcessor each : processing.eventProcessors().values()) {
            if (!(each instanceof StreamingEventProcessor processor) || !processor.isRunning()
                    || stoppedForRebuild.contains(processor.getName())) {
                continue;
            }
            String name = processor.getName();
            int total = segmentCounts.getOrDefault(name, 0);
            int share = (total + alive - 1) / alive;
            Set<Integer> held = processor.processingStatus().keySet();
            Integer releasedBefore = released.remove(name);
            String takenBy = releasedBefore == null ? null : ownerOfSegment.get(name + "/" + releasedBefore);
            if (releasedBefore != null && (takenBy == null || takenBy.equals(node))) {
                // no one took the segment let go last time (the others' processor stopped, failing, or another
                // version): keep the work here for a while instead of pausing a segment every few seconds
                quietUntil.put(name, Instant.now().plus(QUIET_AFTER_UNTAKEN));
                continue;
            }
            if (Instant.now().isBefore(quietUntil.getOrDefault(name, Instant.MIN))) {
                continue;
            }
            Map<String, Integer> owners = heldByOwner.getOrDefault(name, Map.of());
            boolean someoneTakes = others.stream().anyMatch(other -> owners.getOrDefault(other, 0) < share);
            if (held.size() > share && someoneTakes) {
                int segment = held.stream().max(Integer::compare).orElseThrow();
                processor.releaseSegment(segment);
                released.put(name, segment);
                log.info("Processor {}: node {} holds {} of {} segments with {} nodes alive, lets segment {} go",
                        name, node, held.size(), total, alive, segment);
            }
        }
    }

    private void heartbeat() {
        jdbc.sql("INSERT INTO cluster_node (node, started_at, seen_at) VALUES (?, now(), now()) "
                + "ON CONFLICT (node) DO UPDATE SET seen_at = now()").param(node).update();
    }

    private void runTick() {
        try {
            heartbeat();
            advance();
            if (++tick % BALANCE_EVERY_TICKS == 0) {
                balance();
            }
            if (failing) {
                log.info("Cluster coordination works again on node {}", node);
                failing = false;
            }
        } catch (DataAccessException | IllegalStateException e) {
            if (!failing) {
                log.warn("Cluster coordination failed on node {} (will try again every {} s): {}", node,
                        TICK.toSeconds(), e.getMessage());
                failing = true;
            }
        } catch (RuntimeException e) {
            log.error("Cluster coordination failed on node {}", node, e);
        }
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    @Override
    public void start() {
        ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cluster-projections");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleWithFixedDelay(this::runTick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (ticks != null) {
            ticks.shutdownNow();
        }
        try {
            jdbc.sql("DELETE FROM cluster_node WHERE node = ?").param(node).update();
        } catch (DataAccessException e) {
            log.debug("Could not sign node {} off: {}", node, e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After Axon's processors have started (and stopped before they stop). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
