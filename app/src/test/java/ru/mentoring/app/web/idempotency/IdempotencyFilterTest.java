package ru.mentoring.app.web.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import ru.mentoring.app.security.api.TokenClaims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the filter does when its keys cannot be kept (PostgreSQL down) or its command fails, and which requests it
 * leaves alone. The keys' store is a stand-in that fails on demand; IdempotencyIT runs the filter on PostgreSQL.
 */
class IdempotencyFilterTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final StandInKeys keys = new StandInKeys();
    private final IdempotencyFilter filter = new IdempotencyFilter(keys, json);

    /** Records what was asked of it; claims succeed unless the database is "down". */
    private static final class StandInKeys extends IdempotencyKeys {

        final List<String> calls = new ArrayList<>();
        boolean databaseDown;
        boolean recordingFails;
        boolean releaseFails;

        StandInKeys() {
            super(null, new IdempotencyProperties(null, null));
        }

        @Override
        Optional<UUID> claim(String identity, String key, byte[] fingerprint) {
            calls.add("claim " + identity + " " + key);
            if (databaseDown) {
                throw new DataAccessResourceFailureException("connection refused");
            }
            return Optional.of(UUID.randomUUID());
        }

        @Override
        void record(String identity, String key, UUID claim, int status, String location, String contentType,
                    byte[] body) {
            calls.add("record " + status);
            if (recordingFails) {
                throw new DataAccessResourceFailureException("connection refused");
            }
        }

        @Override
        void release(String identity, String key, UUID claim) {
            calls.add("release");
            if (releaseFails) {
                throw new DataAccessResourceFailureException("connection refused");
            }
        }
    }

    /** Registers an organization: 201 with its Location and body. */
    private static final class RegisteringController extends HttpServlet {

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(201);
            response.setHeader("Location", "/api/organizations/1");
            response.setContentType("application/json");
            response.getWriter().write("{\"organizationId\":\"1\"}");
        }
    }

    @BeforeEach
    void signedIn() {
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").subject("client-1")
                .claim(TokenClaims.ROLE, "REGIONAL_ADMINISTRATOR").claim(TokenClaims.REGION, "Тверская область")
                .build();
        SecurityContextHolder.getContext().setAuthentication(new TokenClaims().convert(token));
    }

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutTheDatabaseTheCommandDoesNotRunAndTheAnswerIs503() throws Exception {
        keys.databaseDown = true;
        MockFilterChain chain = new MockFilterChain(new RegisteringController());
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(command("/api/organizations"), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(problem(response).path("code").asText()).isEqualTo("database.unavailable");
    }

    @Test
    void anAnswerThatCannotBeKeptIsNotGiven() throws Exception {
        keys.recordingFails = true;
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(command("/api/organizations"), response, new MockFilterChain(new RegisteringController()));

        assertThat(keys.calls).containsExactly("claim token:client-1 key-1", "record 201");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Location")).isNull();
        assertThat(response.getContentAsString()).doesNotContain("organizationId");
        assertThat(problem(response).path("code").asText()).isEqualTo("database.unavailable");
    }

    @Test
    void aFailingCommandReleasesItsKey() {
        IllegalStateException failure = new IllegalStateException("the command bus is gone");
        MockFilterChain chain = new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                throw failure;
            }
        });

        assertThatThrownBy(() -> filter.doFilter(command("/api/organizations"), new MockHttpServletResponse(), chain))
                .isSameAs(failure);
        assertThat(keys.calls).containsExactly("claim token:client-1 key-1", "release");
    }

    @Test
    void anAnswerOf500ReleasesItsKey() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(command("/api/organizations"), response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse answer) {
                answer.setStatus(500);
            }
        }));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(keys.calls).containsExactly("claim token:client-1 key-1", "release");
    }

    @Test
    void aRefusalStandsWhenItsKeyCannotBeReleased() throws Exception {
        keys.releaseFails = true;
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(command("/api/organizations"), response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse answer) throws IOException {
                answer.setStatus(422);
                answer.getWriter().write("{\"code\":\"rule\"}");
            }
        }));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(problem(response).path("code").asText()).isEqualTo("rule");
        assertThat(keys.calls).containsExactly("claim token:client-1 key-1", "release");
    }

    @Test
    void theControllerReadsTheBodyTheFilterFingerprinted() throws Exception {
        List<String> read = new ArrayList<>();
        MockHttpServletRequest request = command("/api/organizations");

        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest given, HttpServletResponse answer) throws IOException {
                read.add(new String(given.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                answer.setStatus(204);
            }
        }));

        assertThat(read).containsExactly("{\"name\":\"Школа\"}");
        assertThat(keys.calls).containsExactly("claim token:client-1 key-1", "record 204");
    }

    @Test
    void readsAndPagesOutsideTheApiAreLeftAlone() throws Exception {
        MockHttpServletRequest read = command("/api/organizations");
        read.setMethod("GET");
        MockHttpServletRequest page = command("/ui/organizations");

        for (MockHttpServletRequest request : List.of(read, page)) {
            MockFilterChain chain = new MockFilterChain(new RegisteringController());
            filter.doFilter(request, new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).isSameAs(request);
        }
        assertThat(keys.calls).isEmpty();
    }

    private static MockHttpServletRequest command(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.addHeader(IdempotencyFilter.HEADER, "key-1");
        request.setContentType("application/json");
        request.setContent("{\"name\":\"Школа\"}".getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private JsonNode problem(MockHttpServletResponse response) throws IOException {
        return json.readTree(response.getContentAsByteArray());
    }
}
