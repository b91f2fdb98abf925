package ru.mentoring.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Calls the running application's API as a staff member would, with the acting user in the headers.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;
    private final String baseUrl;

    public ApiClient(TestRestTemplate http, int port) {
        this.http = http;
        this.baseUrl = "http://localhost:" + port;
    }

    /** The answer: status, headers and the body as a JSON tree (a missing node when there is no body). */
    public record Answer(int status, HttpHeaders headers, JsonNode body) {
    }

    public Answer post(String path, String json, HttpHeaders headers) {
        HttpHeaders all = new HttpHeaders();
        all.setContentType(MediaType.APPLICATION_JSON);
        all.addAll(headers);
        return exchange(HttpMethod.POST, path, new HttpEntity<>(json, all));
    }

    public Answer get(String path) {
        return exchange(HttpMethod.GET, path, HttpEntity.EMPTY);
    }

    public static HttpHeaders actor(String userId, String role, String correlationId) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Actor-Id", userId);
        headers.set("X-Actor-Role", role);
        if (correlationId != null) {
            headers.set("X-Correlation-Id", correlationId);
        }
        return headers;
    }

    private Answer exchange(HttpMethod method, String path, HttpEntity<?> entity) {
        ResponseEntity<String> response = http.exchange(baseUrl + path, method, entity, String.class);
        return new Answer(response.getStatusCode().value(), response.getHeaders(), parse(response.getBody()));
    }

    public static JsonNode parse(String json) {
        try {
            return json == null || json.isBlank() ? JSON.missingNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
