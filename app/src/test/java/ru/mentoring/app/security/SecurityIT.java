package ru.mentoring.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's identities end to end, on an installation of its own started as a site would start it: the first
 * operator's one-time password in the log, the bootstrap client, tokens from {@code /oauth2/token}, revocation,
 * forged and expired tokens, a restart that keeps accepting tokens, and the actuator closed but for health.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityIT {

    private static final String BOOTSTRAP_ID = "automation";
    private static final String BOOTSTRAP_SECRET = "automation-secret-for-the-test";

    private final TestDatabase database = TestDatabase.fresh();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void clientsGetTokensThatTheApiAcceptsUntilTheyAreRevoked(CapturedOutput output) throws Exception {
        String adminToken;
        String adminClient;
        try (ConfigurableApplicationContext app = start()) {
            int port = port(app);
            Matcher generated = Pattern.compile("created the operator 'admin' with the one-time password (\\S+)")
                    .matcher(output.getOut());
            assertThat(generated.find()).as("the first operator's password is printed once").isTrue();
            assertThat(JdbcClient.create(app.getBean(javax.sql.DataSource.class))
                    .sql("SELECT role FROM ui_user WHERE username = 'admin'").query(String.class).single())
                    .isEqualTo("OPERATOR");

            String operator = token(port, BOOTSTRAP_ID, BOOTSTRAP_SECRET);
            HttpResponse<String> registered = post(port, "/api/admin/api-clients", operator, """
                    {"name": "Региональный центр", "role": "REGIONAL_ADMINISTRATOR", "region": "Югра"}""");
            assertThat(registered.statusCode()).isEqualTo(201);
            JsonNode client = ApiClient.parse(registered.body());
            adminClient = client.path("clientId").asText();
            adminToken = token(port, adminClient, client.path("clientSecret").asText());
            assertThat(JdbcClient.create(app.getBean(javax.sql.DataSource.class))
                    .sql("SELECT secret_hash FROM api_client WHERE client_id = ?").param(adminClient)
                    .query(String.class).single())
                    .startsWith("$2").doesNotContain(client.path("clientSecret").asText());

            assertThat(get(port, "/api/programs", adminToken).statusCode()).isEqualTo(200);
            HttpResponse<String> listed = get(port, "/api/admin/api-clients", operator);
            assertThat(ApiClient.parse(listed.body()).findValuesAsText("clientId")).contains(adminClient, BOOTSTRAP_ID);
            assertThat(ApiClient.parse(listed.body()).findValue("lastUsedAt").isNull()).isFalse();

            // a regional administrator may not give out the operator's role
            assertThat(post(port, "/api/admin/api-clients", adminToken, """
                    {"name": "Захват", "role": "OPERATOR"}""").statusCode()).isEqualTo(400);
            assertThat(get(port, "/api/bases/mentees", null).statusCode()).isEqualTo(401);
            assertThat(get(port, "/actuator/health", null).body()).doesNotContain("components", "db");
            assertThat(get(port, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
            assertThat(get(port, "/actuator/prometheus", adminToken).statusCode()).isEqualTo(403);
            assertThat(get(port, "/actuator/prometheus", operator).statusCode()).isEqualTo(200);
        }

        try (ConfigurableApplicationContext app = start()) {
            int port = port(app);
            // the signing key is in the database: a token of the last run is still good
            assertThat(get(port, "/api/programs", adminToken).statusCode()).isEqualTo(200);
            String operator = token(port, BOOTSTRAP_ID, BOOTSTRAP_SECRET);
            assertThat(post(port, "/api/admin/api-clients/" + adminClient + "/revocation", operator, "")
                    .statusCode()).isEqualTo(204);
            assertThat(get(port, "/api/programs", adminToken).statusCode()).isEqualTo(401);
            assertThat(http.send(tokenRequest(port, adminClient, "whatever"), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(401);
        }
    }

    @Test
    void expiredOrForeignTokensAreRefused() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            int port = port(app);
            @SuppressWarnings("unchecked")
            JWKSource<SecurityContext> keys = app.getBean(JWKSource.class);
            String expired = sign(keys, Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600));
            RSAKey foreign = new RSAKeyGenerator(2048).keyID("mentoring-issuer-1").generate();
            String forged = sign(new ImmutableJWKSet<>(new JWKSet(foreign)), Instant.now(),
                    Instant.now().plusSeconds(3600));
            String good = sign(keys, Instant.now(), Instant.now().plusSeconds(3600));

            assertThat(get(port, "/api/programs", good).statusCode()).isEqualTo(200);
            assertThat(get(port, "/api/programs", expired).statusCode()).isEqualTo(401);
            assertThat(get(port, "/api/programs", forged).statusCode()).isEqualTo(401);
            assertThat(get(port, "/api/programs", "not-a-token").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureBehindATlsProxy() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            int port = port(app);
            String plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).headers().firstValue("Set-Cookie").orElseThrow();
            String proxied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString())
                    .headers().firstValue("Set-Cookie").orElseThrow();

            assertThat(plain).contains("SESSION=", "HttpOnly", "SameSite=Lax").doesNotContain("Secure");
            assertThat(proxied).contains("SESSION=", "HttpOnly", "SameSite=Lax", "Secure");
        }
    }

    private static String sign(JWKSource<SecurityContext> keys, Instant issued, Instant expires) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("auditor@test").issuedAt(issued).expiresAt(expires)
                .claim("role", "AUDITOR").claim("region", "Югра").build();
        return new NimbusJwtEncoder(keys).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }

    private ConfigurableApplicationContext start() {
        return database.start("--mentoring.ui.first-admin.username=admin",
                        "--mentoring.ui.first-admin.password=",
                        "--mentoring.api.bootstrap.client.id=" + BOOTSTRAP_ID,
                        "--mentoring.api.bootstrap.client.secret=" + BOOTSTRAP_SECRET);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private String token(int port, String clientId, String secret) throws Exception {
        HttpResponse<String> answer = http.send(tokenRequest(port, clientId, secret),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ApiClient.parse(answer.body()).path("access_token").asText();
    }

    private static HttpRequest tokenRequest(int port, String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
