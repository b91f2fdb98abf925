package ru.mentoring.app.fault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Plain HTTP to an application process, with a timeout on every call: a process that is down answers at once
 * ({@link #UNREACHABLE}), one that hangs past {@link #TIMEOUT} is recorded as such ({@link #TIMED_OUT}) rather than
 * blocking the test.
 */
final class FaultHttp {

    /** Nothing listens: connection refused or reset. */
    static final int UNREACHABLE = -1;
    /** No answer within {@link #TIMEOUT}. */
    static final int TIMED_OUT = -2;
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    FaultHttp(String base) {
        this.base = base;
    }

    /** One answer: its status (or {@link #UNREACHABLE} / {@link #TIMED_OUT}), headers, body and how long it took. */
    record Answer(int status, Optional<String> retryAfter, String raw, Duration took) {

        JsonNode body() {
            try {
                return raw == null || raw.isBlank() ? MissingNode.getInstance() : JSON.readTree(raw);
            } catch (JsonProcessingException e) {
                return MissingNode.getInstance();
            }
        }
    }

    Answer get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(authorized(request, token));
    }

    Answer post(String path, String token, String correlationId, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body)));
            if (correlationId != null) {
                request.header("X-Correlation-Id", correlationId);
            }
            return send(authorized(request, token));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A token by the client-credentials grant of the embedded issuer. */
    String token(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        Answer answer = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        if (answer.status() != 200) {
            throw new IllegalStateException("No token for " + clientId + ": " + answer.status() + " " + answer.raw());
        }
        return answer.body().path("access_token").asText();
    }

    private static Answer failed(int status, Exception e, long started) {
        return new Answer(status, Optional.empty(), e.toString(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Retry-After"), response.body(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (HttpConnectTimeoutException e) {
            return failed(UNREACHABLE, e, started);
        } catch (HttpTimeoutException e) {
            return failed(TIMED_OUT, e, started);
        } catch (IOException e) {
            return failed(UNREACHABLE, e, started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(UNREACHABLE, e, started);
        }
    }
}
