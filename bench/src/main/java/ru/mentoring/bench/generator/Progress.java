package ru.mentoring.bench.generator;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The generator's progress: events stored and the rate every ten seconds while it sends, and the wait at the
 * end until every processor has caught up with the store and no deadline already due is left to fire.
 */
final class Progress {

    private static final Duration QUIET_WITHIN = Duration.ofMinutes(15);

    private final NamedParameterJdbcTemplate jdbc;
    private final EventProcessingConfiguration processors;
    private final EventStore store;
    private Thread reporter;

    Progress(NamedParameterJdbcTemplate jdbc, EventProcessingConfiguration processors, EventStore store) {
        this.jdbc = jdbc;
        this.processors = processors;
        this.store = store;
    }

    void start() {
        reporter = new Thread(() -> {
            long started = System.nanoTime();
            long lastEvents = head();
            long lastTime = started;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                long events = head();
                System.out.printf("generator: %.0f s, %d events, %.0f events/s now%n", (now - started) / 1e9, events,
                        (events - lastEvents) / ((now - lastTime) / 1e9));
                lastEvents = events;
                lastTime = now;
            }
        }, "generator-progress");
        reporter.setDaemon(true);
        reporter.start();
    }

    void stop() {
        reporter.interrupt();
    }

    /** Events in the store. */
    long events() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Map.of(), Long.class);
        return count == null ? 0 : count;
    }

    /** Waits until the processors are at the head of the store and no due deadline is waiting. */
    void awaitQuiet() {
        Instant deadline = Instant.now().plus(QUIET_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            long due = dueDeadlines();
            long head = head();
            long behind = behind(head);
            if (due == 0 && behind == 0) {
                System.out.println("generator: projections caught up, no deadline due");
                return;
            }
            System.out.printf("generator: waiting: %d deadlines due, processors up to %d events behind%n", due,
                    behind);
            RegionLoad.sleep(2_000);
        }
        throw new IllegalStateException("the processors did not catch up (or due deadlines did not fire) within "
                + QUIET_WITHIN);
    }

    private long dueDeadlines() {
        Long due = jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE execution_time <= now()",
                Map.of(), Long.class);
        return due == null ? 0 : due;
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Map.of(),
                Long.class);
        return head == null ? 0 : head;
    }

    /** How far the slowest segment of any streaming processor is behind the head (0 when every one is there). */
    private long behind(long head) {
        long behind = 0;
        for (var processor : processors.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
                if (status.isEmpty()) {
                    behind = Math.max(behind, 1);
                }
                for (EventTrackerStatus segment : status.values()) {
                    TrackingToken token = segment.getTrackingToken();
                    OptionalLong position = token == null ? OptionalLong.empty() : token.position();
                    behind = Math.max(behind, head - position.orElse(0));
                }
            }
        }
        return Math.max(0, behind);
    }
}
