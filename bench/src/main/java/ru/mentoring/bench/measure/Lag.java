package ru.mentoring.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Projection lag under a steady load: organizations registered at a fixed rate by {@code clients} threads
 * (open loop: each thread keeps its own schedule), while a probe records a meeting of a pair every 100 ms and
 * polls the pair's progress until the meeting shows: the time from the command's answer to its effect in the
 * projection.
 */
final class Lag {

    /** Lag percentiles, and the load's achieved rate. */
    record Result(double targetPerSecond, double achievedPerSecond, double p50, double p99, int probes, int lost) {
    }

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);

    private final Http http;
    private final String admin;

    Lag(Http http, String admin) {
        this.http = http;
        this.admin = admin;
    }

    Result run(double perSecond, int clients, Duration duration, Map<String, Object> organization,
               List<String> probePairs, LocalDate today) {
        AtomicLong sent = new AtomicLong();
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        long interval = (long) (clients * 1e9 / perSecond);
        Thread[] load = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            long offset = interval * c / clients;
            load[c] = new Thread(() -> {
                long next = started + offset;
                while (next < end) {
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        sleepNanos(wait);
                    }
                    Map<String, Object> body = new java.util.HashMap<>(organization);
                    body.put("name", organization.get("name") + " " + sent.incrementAndGet());
                    http.post("/api/organizations", admin, body);
                    next += interval;
                }
            }, "lag-load-" + c);
            load[c].start();
        }
        Latencies lag = new Latencies();
        int lost = 0;
        int probe = 0;
        while (System.nanoTime() < end) {
            long slot = System.nanoTime() + 100_000_000L;
            String pair = probePairs.get(probe++ % probePairs.size());
            int before = regularMeetings(pair);
            Http.Answer answer = http.post("/api/pairs/" + pair + "/meetings", admin, Map.of("type", "REGULAR",
                    "date", today.toString(), "format", "IN_PERSON", "topic", "Пробная встреча"));
            long acknowledged = System.nanoTime();
            if (!answer.ok()) {
                lost++;
                continue;
            }
            long visibleBy = acknowledged + VISIBLE_WITHIN.toNanos();
            while (regularMeetings(pair) <= before) {
                if (System.nanoTime() > visibleBy) {
                    lost++;
                    break;
                }
                sleepNanos(5_000_000L);
            }
            if (System.nanoTime() <= visibleBy) {
                lag.add(System.nanoTime() - acknowledged);
            }
            long wait = slot - System.nanoTime();
            if (wait > 0) {
                sleepNanos(wait);
            }
        }
        for (Thread thread : load) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(perSecond, sent.get() / seconds, lag.percentile(50), lag.percentile(99), lag.count(), lost);
    }

    private int regularMeetings(String pair) {
        JsonNode progress = http.get("/api/pairs/" + pair, admin).json();
        return progress.path("meetings").path("REGULAR").asInt(0);
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
