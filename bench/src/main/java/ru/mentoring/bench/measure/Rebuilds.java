package ru.mentoring.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;

/**
 * Rebuilds through the operator's API ({@code POST /api/admin/projections/{name}/rebuild}) and polls the
 * projections' status until every one rebuilt is no longer replaying and is at the head: the events replayed per
 * second (the head's position over the time taken, for each projection rebuilt).
 */
final class Rebuilds {

    private static final Duration PATIENCE = Duration.ofMinutes(60);

    private final Http http;
    private final String operator;

    Rebuilds(Http http, String operator) {
        this.http = http;
        this.operator = operator;
    }

    /** Events replayed per second by a rebuild of {@code name} (or {@code all}), per projection. */
    double eventsPerSecond(String name) {
        long head = head();
        long started = System.nanoTime();
        Http.Answer answer = http.post("/api/admin/projections/" + name + "/rebuild", operator, java.util.Map.of());
        if (answer.status() != 202) {
            throw new IllegalStateException("rebuild of " + name + " answered " + answer.status() + ": "
                    + new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        long deadline = started + PATIENCE.toNanos();
        boolean seenReplaying = false;
        while (System.nanoTime() < deadline) {
            sleep(100);
            boolean done = done(name);
            seenReplaying |= !done;
            // a replay that has not shown itself yet is not over: wait a second for it unless it was seen running
            if (done && (seenReplaying || System.nanoTime() - started > 1_000_000_000L)) {
                double seconds = (System.nanoTime() - started) / 1e9;
                return head / seconds;
            }
        }
        throw new IllegalStateException("the rebuild of " + name + " did not end within " + PATIENCE);
    }

    /** The projections' names, as the status lists them. */
    java.util.List<String> names() {
        java.util.List<String> names = new java.util.ArrayList<>();
        statuses().forEach(status -> names.add(status.path("name").asText()));
        return names;
    }

    private boolean done(String name) {
        for (JsonNode status : statuses()) {
            boolean concerned = name.equals("all") || name.equals(status.path("name").asText());
            if (concerned && (status.path("replaying").asBoolean()
                    || status.path("position").asLong() < status.path("head").asLong())) {
                return false;
            }
        }
        return true;
    }

    private long head() {
        long head = 0;
        for (JsonNode status : statuses()) {
            head = Math.max(head, status.path("head").asLong());
        }
        return head;
    }

    private JsonNode statuses() {
        Http.Answer answer = http.get("/api/admin/projections", operator);
        if (!answer.ok()) {
            throw new IllegalStateException("projection status answered " + answer.status());
        }
        return answer.json();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
