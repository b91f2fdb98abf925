package ru.mentoring.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.TestDatabase;
import ru.mentoring.app.TestSchool;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A site with its own identity provider (Keycloak, or ЕСИА through it), as the README tells it to configure one:
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} pointing at the provider, whose tokens carry
 * {@code sub}, {@code role}, {@code region}, {@code municipality} and {@code organization}. The provider here is a
 * small HTTP server of the test serving the OpenID discovery document and its signing keys, as Keycloak's realm
 * does. Its tokens act with their subject and scope, as the embedded issuer's do; a token claiming the engine's
 * own role, one of another issuer, one signed with another key and one of the embedded issuer are refused.
 */
class ExternalIssuerIT {

    private final TestDatabase database = TestDatabase.fresh();
    private final HttpClient http = HttpClient.newHttpClient();
    private final RSAKey providerKey = generate("site-idp-1");
    private HttpServer provider;
    private String issuer;

    @BeforeEach
    void startTheProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/mentoring";
        provider.createContext("/realms/mentoring/.well-known/openid-configuration", exchange -> answer(exchange, """
                {"issuer": "%1$s", "jwks_uri": "%1$s/protocol/openid-connect/certs",
                 "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                 "token_endpoint": "%1$s/protocol/openid-connect/token",
                 "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
                 "response_types_supported": ["code"]}""".formatted(issuer)));
        provider.createContext("/realms/mentoring/protocol/openid-connect/certs",
                exchange -> answer(exchange, new JWKSet(providerKey.toPublicJWK()).toString()));
        provider.start();
    }

    @AfterEach
    void stopTheProvider() {
        provider.stop(0);
    }

    @Test
    void theSitesProviderTokensActWithTheirSubjectAndScopeAndNoOtherIssuersDo() throws Exception {
        try (ConfigurableApplicationContext app = database.start(
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            CommandGateway commands = app.getBean(CommandGateway.class);
            TestSchool school = TestSchool.register(commands, "Школа внешнего входа");
            TestSchool other = TestSchool.register(commands, "Другая школа");
            Map<String, Object> curator = Map.of("role", "ORGANIZATION_CURATOR",
                    "organization", school.id().toString());

            HttpResponse<String> created = post(port, token(providerKey, issuer, "esia-curator-42", curator),
                    school, "Программа по токену сайта");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            UUID program = UUID.fromString(ApiClient.parse(created.body()).path("programId").asText());
            JsonNode actor = ApiClient.parse(JdbcClient.create(app.getBean(DataSource.class))
                    .sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?")
                    .param(program.toString()).query(String.class).single());
            assertThat(actor.path("actorId").asText()).isEqualTo("esia-curator-42");
            assertThat(actor.path("actorRole").asText()).isEqualTo("ORGANIZATION_CURATOR");
            assertThat(actor.path("actorOrganization").asText()).isEqualTo(school.id().toString());

            HttpResponse<String> outside = post(port, token(providerKey, issuer, "esia-curator-42", curator),
                    other, "Чужая программа");
            assertThat(outside.statusCode()).isEqualTo(403);
            assertThat(ApiClient.parse(outside.body()).path("code").asText()).isEqualTo("access.denied");
            String reader = token(providerKey, issuer, "esia-curator-42", curator);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(get(port, "/api/programs", reader).body()).contains(program.toString()));

            assertThat(post(port, token(providerKey, issuer, "engine", Map.of("role", "SYSTEM")), school,
                    "Под видом движка").statusCode()).as("the engine's role from outside").isEqualTo(401);
            assertThat(get(port, "/api/programs", token(providerKey, issuer, "nobody", Map.of()))
                    .statusCode()).as("no role").isEqualTo(401);
            assertThat(get(port, "/api/programs", token(providerKey, "http://127.0.0.1:1/realms/other",
                    "esia-curator-42", curator)).statusCode()).as("another issuer").isEqualTo(401);
            assertThat(get(port, "/api/programs", token(generate("site-idp-1"), issuer, "esia-curator-42",
                    curator)).statusCode()).as("another key under the provider's key id").isEqualTo(401);
            @SuppressWarnings("unchecked")
            JWKSource<SecurityContext> embeddedKeys = app.getBean(JWKSource.class);
            ApiClient embedded = new ApiClient(new TestRestTemplate(), port, embeddedKeys);
            assertThat(get(port, "/api/programs", embedded.token(school.curator("embedded-curator")))
                    .statusCode()).as("the embedded issuer's token").isEqualTo(401);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(RSAKey key, String issuer, String subject, Map<String, Object> claims) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder set = JwtClaimsSet.builder().issuer(issuer).subject(subject).issuedAt(now)
                .expiresAt(now.plusSeconds(600));
        claims.forEach(set::claim);
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID())
                        .build(), set.build())).getTokenValue();
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private HttpResponse<String> post(int port, String token, TestSchool school, String title) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/programs"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"organizationId": "%s", "period": "2026-2027", "title": "%s"}"""
                        .formatted(school.id(), title)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
