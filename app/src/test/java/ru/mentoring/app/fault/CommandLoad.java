package ru.mentoring.app.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A steady stream of commands from several threads, as a region's staff would send them: organizations
 * registered, and headcounts entered for organizations already registered. Every command carries a correlation
 * id of its own, which the application stores in the metadata of the events it causes; every command answered
 * 2xx is remembered with that id, so the event store can be searched afterwards for exactly its event. Every
 * other answer is counted by status, and those that break the rules of a fault (a 5xx other than 503, a 503
 * without {@code Retry-After} or code, a stack trace, a hang) are kept to be shown.
 */
final class CommandLoad implements AutoCloseable {

    static final String REGISTERED = "ru.mentoring.api.organization.OrganizationRegistered";
    static final String HEADCOUNTS_SET = "ru.mentoring.api.organization.OrganizationHeadcountsSet";

    /** A command answered 2xx: the event it must have stored, found by the correlation id. */
    record Acknowledged(String correlationId, UUID aggregateId, String eventType, Instant at) {
    }

    private final List<FaultHttp> nodes;
    private final String token;
    private final String region;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
    private final List<UUID> organizations = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Duration> slowest = new AtomicReference<>(Duration.ZERO);
    private final AtomicLong sequence = new AtomicLong();

    CommandLoad(FaultHttp http, String token, String region) {
        this(List.of(http), token, region);
    }

    /** Spread over several nodes: each command goes to one of them at random, as a load balancer would send it. */
    CommandLoad(List<FaultHttp> nodes, String token, String region) {
        this.nodes = List.copyOf(nodes);
        this.token = token;
        this.region = region;
    }

    void start(int threadCount) {
        running.set(true);
        for (int n = 0; n < threadCount; n++) {
            Thread thread = new Thread(this::run, "fault-load-" + n);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Stops sending and waits for the commands in flight to be answered. */
    void stop() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(FaultHttp.TIMEOUT.plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    private void run() {
        while (running.get()) {
            boolean headcounts = !organizations.isEmpty() && ThreadLocalRandom.current().nextBoolean();
            FaultHttp.Answer answer = headcounts ? setHeadcounts() : register();
            if (answer.status() == FaultHttp.UNREACHABLE) {
                ApplicationProcess.sleep(100);
            }
        }
    }

    private FaultHttp.Answer register() {
        String correlationId = UUID.randomUUID().toString();
        long n = sequence.incrementAndGet();
        FaultHttp.Answer answer = node().post("/api/organizations", token, correlationId,
                Map.of("name", "Школа № " + n, "municipality", "Муниципалитет " + (n % 5), "region", region));
        if (record(answer) && answer.status() == 201) {
            UUID id = UUID.fromString(answer.body().path("organizationId").asText());
            organizations.add(id);
            acknowledged.add(new Acknowledged(correlationId, id, REGISTERED, Instant.now()));
        }
        return answer;
    }

    private FaultHttp.Answer setHeadcounts() {
        String correlationId = UUID.randomUUID().toString();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        UUID organization = organizations.get(random.nextInt(organizations.size()));
        FaultHttp.Answer answer = node().post("/api/organizations/" + organization + "/headcounts", token,
                correlationId, Map.of("year", random.nextInt(2000, 2101), "students", random.nextInt(100, 2000),
                        "teachers", random.nextInt(5, 150)));
        if (record(answer) && answer.status() == 204) {
            acknowledged.add(new Acknowledged(correlationId, organization, HEADCOUNTS_SET, Instant.now()));
        }
        return answer;
    }

    private FaultHttp node() {
        return nodes.get(ThreadLocalRandom.current().nextInt(nodes.size()));
    }

    /** Counts the answer, keeps it if it breaks a rule; true when it acknowledged the command. */
    private boolean record(FaultHttp.Answer answer) {
        answers.computeIfAbsent(answer.status(), status -> new AtomicLong()).incrementAndGet();
        slowest.accumulateAndGet(answer.took(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        int status = answer.status();
        if (status == FaultHttp.TIMED_OUT) {
            violations.add("no answer within " + FaultHttp.TIMEOUT);
        } else if (status == 503) {
            if (answer.retryAfter().isEmpty() || !"database.unavailable".equals(answer.body().path("code").asText())
                    || answer.body().path("detail").asText().isBlank()) {
                violations.add("503 without Retry-After or its problem detail: " + answer.raw());
            }
        } else if (status >= 500) {
            violations.add(status + ": " + answer.raw());
        }
        if (status > 0 && answer.raw() != null
                && (answer.raw().contains("Exception") || answer.raw().contains("\tat "))) {
            violations.add("internals in the answer: " + answer.raw());
        }
        return status >= 200 && status < 300;
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    long answered(int status) {
        AtomicLong count = answers.get(status);
        return count == null ? 0 : count.get();
    }

    Map<Integer, AtomicLong> answers() {
        return Map.copyOf(answers);
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    Duration slowest() {
        return slowest.get();
    }

    /** The first command acknowledged at or after the instant. */
    Optional<Instant> firstAcknowledgedAfter(Instant instant) {
        return acknowledged.stream().map(Acknowledged::at).filter(at -> !at.isBefore(instant)).min(Instant::compareTo);
    }

    @Override
    public void close() {
        stop();
    }
}
