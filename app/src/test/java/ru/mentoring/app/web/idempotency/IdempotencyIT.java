package ru.mentoring.app.web.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organization registered with an {@code Idempotency-Key}: the repeat is answered from the kept answer and
 * stores no second event; another body under the key is refused; another caller's key is its own; a repeat while
 * the first runs is told to retry; two requests racing with one key run one command; a refusal frees the key; a key
 * past its retention is deleted; a secret in an answer is never kept. The API description names the header on every
 * command.
 */
class IdempotencyIT extends ApplicationIT {

    private static final String REGION = "Тверская область (тест идемпотентности)";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private IdempotencyKeys idempotencyKeys;
    @LocalServerPort
    private int port;
    private ApiClient api;
    private Actor administrator;

    @BeforeEach
    void client() {
        api = new ApiClient(http, port, keys);
        administrator = new Actor("admin-" + UUID.randomUUID() + "@tver", ActorRole.REGIONAL_ADMINISTRATOR, REGION,
                null, null);
    }

    @Test
    void repeatWithTheSameKeyAndBodyIsAnsweredAsTheFirstAndStoresNothing() {
        String name = school();
        String key = UUID.randomUUID().toString();

        Answer first = register(administrator, key, name);
        Answer repeat = register(administrator, key, name);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.headers().getFirst(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.headers().getFirst(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(repeat.headers().getLocation()).isEqualTo(first.headers().getLocation());
        assertThat(repeat.headers().getContentType()).isEqualTo(first.headers().getContentType());
        assertThat(repeat.body()).isEqualTo(first.body());
        String organization = first.body().path("organizationId").asText();
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(organization).query(Long.class).single()).isEqualTo(1);
        assertThat(registrationsNamed(name)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String name = school();
        assertThat(register(administrator, key, name).status()).isEqualTo(201);

        Answer other = register(administrator, key, school());

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().path("code").asText()).isEqualTo("idempotency.key-reused");
        assertThat(other.body().path("detail").asText()).contains("уже использован");
        assertThat(registrationsNamed(name)).isEqualTo(1);
    }

    @Test
    void anotherCallersKeyIsItsOwn() {
        String key = UUID.randomUUID().toString();
        String name = school();
        Actor colleague = new Actor("other-" + UUID.randomUUID() + "@tver", ActorRole.REGIONAL_ADMINISTRATOR, REGION,
                null, null);

        Answer mine = register(administrator, key, name);
        Answer theirs = register(colleague, key, name);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.headers().getFirst(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(theirs.body().path("organizationId").asText())
                .isNotEqualTo(mine.body().path("organizationId").asText());
        assertThat(registrationsNamed(name)).isEqualTo(2);
    }

    @Test
    void twoRequestsRacingWithOneKeyRunOneCommand() {
        String key = UUID.randomUUID().toString();
        String name = school();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Answer>> racing = List.of(1, 2).stream()
                .map(n -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return register(administrator, key, name);
                }))
                .toList();
        start.countDown();
        List<Answer> answers = racing.stream().map(CompletableFuture::join).toList();

        List<Answer> ran = answers.stream()
                .filter(answer -> answer.status() == 201 && !replayed(answer))
                .toList();
        assertThat(ran).hasSize(1);
        Answer other = answers.get(answers.get(0) == ran.get(0) ? 1 : 0);
        if (other.status() == 409) {
            assertThat(other.body().path("code").asText()).isEqualTo("idempotency.in-progress");
            assertThat(other.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        } else {
            assertThat(other.status()).isEqualTo(201);
            assertThat(other.headers().getFirst(IdempotencyFilter.REPLAYED)).isEqualTo("true");
            assertThat(other.body()).isEqualTo(ran.get(0).body());
        }
        assertThat(registrationsNamed(name)).isEqualTo(1);
    }

    @Test
    void aRepeatWhileTheFirstStillRunsIsAskedToComeBackLater() {
        String key = UUID.randomUUID().toString();
        String name = school();
        MockHttpServletRequest first = new MockHttpServletRequest("POST", "/api/organizations");
        byte[] body = registration(name).getBytes(StandardCharsets.UTF_8);
        assertThat(idempotencyKeys.claim("token:" + administrator.userId(), key,
                IdempotencyFilter.fingerprint(first, body))).isPresent();

        Answer repeat = register(administrator, key, name);

        assertThat(repeat.status()).isEqualTo(409);
        assertThat(repeat.body().path("code").asText()).isEqualTo("idempotency.in-progress");
        assertThat(repeat.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(registrationsNamed(name)).isZero();
    }

    @Test
    void aRefusalFreesTheKeyForTheCorrectedRequest() {
        String key = UUID.randomUUID().toString();
        String name = school();

        Answer refused = api.post("/api/organizations", """
                {"name": "%s", "region": "%s"}""".formatted(name, REGION), withKey(administrator, key));
        Answer corrected = register(administrator, key, name);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.headers().getFirst(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(registrationsNamed(name)).isEqualTo(1);
    }

    @Test
    void anInvalidKeyIsRefusedBeforeTheCommandRuns() {
        String name = school();

        Answer refused = register(administrator, "x".repeat(201), name);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("code").asText()).isEqualTo("idempotency.key-invalid");
        assertThat(registrationsNamed(name)).isZero();
    }

    @Test
    void aKeyPastItsRetentionIsDeleted() {
        String expired = UUID.randomUUID().toString();
        String kept = UUID.randomUUID().toString();
        assertThat(register(administrator, expired, school()).status()).isEqualTo(201);
        assertThat(register(administrator, kept, school()).status()).isEqualTo(201);
        jdbc.sql("UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = ?")
                .param(expired).update();

        assertThat(idempotencyKeys.deleteExpired()).isPositive();
        // the deletion runs as db-scheduler's recurring task: one row, so one node at a time
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?")
                .param(IdempotencyConfiguration.CLEANUP_TASK).query(Long.class).single()).isEqualTo(1);

        assertThat(keysNamed(expired)).isZero();
        assertThat(keysNamed(kept)).isEqualTo(1);
    }

    @Test
    void aSecretShownOnceIsNotKeptNorGivenAgain() {
        String key = UUID.randomUUID().toString();
        String name = "Сервис отчётов " + UUID.randomUUID();
        String registration = """
                {"name": "%s", "role": "AUDITOR", "region": "%s"}""".formatted(name, REGION);

        Answer first = api.post("/api/admin/api-clients", registration, withKey(administrator, key));
        Answer repeat = api.post("/api/admin/api-clients", registration, withKey(administrator, key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().path("clientSecret").asText()).isNotBlank();
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(replayed(repeat)).isTrue();
        assertThat(repeat.headers().getLocation()).isEqualTo(first.headers().getLocation());
        assertThat(repeat.body().isMissingNode()).isTrue();
        assertThat(jdbc.sql("SELECT body IS NULL FROM idempotency_key WHERE key = ?").param(key)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM api_client WHERE name = ?").param(name)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theApiDescriptionOffersTheHeaderOnCommandsOnly() {
        JsonNode organizations = api.get("/v3/api-docs", api.as(administrator)).body()
                .path("paths").path("/api/organizations");

        assertThat(organizations.path("post").path("parameters").findValuesAsText("name"))
                .contains(IdempotencyFilter.HEADER);
        assertThat(organizations.path("get").path("parameters").findValuesAsText("name"))
                .isNotEmpty()
                .doesNotContain(IdempotencyFilter.HEADER);
    }

    private Answer register(Actor actor, String key, String name) {
        return api.post("/api/organizations", registration(name), withKey(actor, key));
    }

    private static String registration(String name) {
        return """
                {"name": "%s", "municipality": "Город Тверь", "region": "%s"}""".formatted(name, REGION);
    }

    private HttpHeaders withKey(Actor actor, String key) {
        HttpHeaders headers = api.as(actor);
        headers.set(IdempotencyFilter.HEADER, key);
        return headers;
    }

    private static String school() {
        return "МОУ СОШ № " + UUID.randomUUID();
    }

    private long registrationsNamed(String name) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                         WHERE payloadtype = 'ru.mentoring.api.organization.OrganizationRegistered'
                           AND position(? IN convert_from(payload, 'UTF8')) > 0""")
                .param(name).query(Long.class).single();
    }

    private long keysNamed(String key) {
        return jdbc.sql("SELECT count(*) FROM idempotency_key WHERE key = ?").param(key).query(Long.class).single();
    }

    private static boolean replayed(Answer answer) {
        return "true".equals(answer.headers().getFirst(IdempotencyFilter.REPLAYED));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
