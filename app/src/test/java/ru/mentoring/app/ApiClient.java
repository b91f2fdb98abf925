package ru.mentoring.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import ru.mentoring.api.common.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Calls the running application's API as a staff member or client would, with a bearer token that names the
 * actor: signed with the application's own key and carrying the claims its issuer writes (role, region,
 * municipality, organization). {@code SecurityIT} gets its tokens from {@code /oauth2/token} itself.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;
    private final String baseUrl;
    private final NimbusJwtEncoder tokens;

    public ApiClient(TestRestTemplate http, int port, JWKSource<SecurityContext> keys) {
        this.http = http;
        this.baseUrl = "http://localhost:" + port;
        this.tokens = new NimbusJwtEncoder(keys);
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

    /** A read without any identity. */
    public Answer get(String path) {
        return exchange(HttpMethod.GET, path, HttpEntity.EMPTY);
    }

    public Answer get(String path, HttpHeaders headers) {
        return exchange(HttpMethod.GET, path, new HttpEntity<>(headers));
    }

    /** The headers of a call made as this actor, with a correlation id when one is given. */
    public HttpHeaders as(Actor actor, String correlationId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token(actor));
        if (correlationId != null) {
            headers.set("X-Correlation-Id", correlationId);
        }
        return headers;
    }

    public HttpHeaders as(Actor actor) {
        return as(actor, null);
    }

    /** A token for the actor, good for an hour, as the embedded issuer would write it. */
    public String token(Actor actor) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(baseUrl)
                .subject(actor.userId())
                .issuedAt(now)
                .expiresAt(now.plus(1, ChronoUnit.HOURS))
                .claim("role", actor.role().name());
        if (actor.region() != null) {
            claims.claim("region", actor.region());
        }
        if (actor.municipality() != null) {
            claims.claim("municipality", actor.municipality());
        }
        if (actor.organization() != null) {
            claims.claim("organization", actor.organization());
        }
        return tokens.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
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
