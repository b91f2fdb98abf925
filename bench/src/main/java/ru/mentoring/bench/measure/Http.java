package ru.mentoring.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** The application's API as the harness calls it: JSON in and out, a bearer token per call. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: its status, body and how long it took. */
    record Answer(int status, byte[] body, long nanos) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return JSON.missingNode();
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Http(String base) {
        this.base = base;
    }

    Answer get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
    }

    Answer post(String path, String token, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))), token);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bearer token by the client-credentials grant. */
    String token(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        Answer answer = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), null);
        if (!answer.ok()) {
            throw new IllegalStateException("token for " + clientId + ": " + answer.status() + " "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return answer.json().path("access_token").asText();
    }

    /** Registers an API client of the role in the region through the operator; its token. */
    String client(String operatorToken, String role, String region) {
        Answer answer = post("/api/admin/api-clients", operatorToken,
                Map.of("name", "bench " + role, "role", role, "region", region));
        if (answer.status() != 201) {
            throw new IllegalStateException("registering a " + role + " client answered " + answer.status() + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return token(answer.json().path("clientId").asText(), answer.json().path("clientSecret").asText());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Answer send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.timeout(Duration.ofSeconds(120));
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            return new Answer(0, e.toString().getBytes(StandardCharsets.UTF_8), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
