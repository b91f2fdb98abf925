package ru.mentoring.app.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import ru.mentoring.app.security.access.Identities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Makes every command of the API idempotent when the caller sends an {@value #HEADER}: the first request with a key
 * claims it (for this caller only: one identity never sees another's answers) and runs; its answer is kept, and a
 * repeat with the same method, path and body gets that answer again, marked {@value #REPLAYED}, without running the
 * command a second time. The same key with another request is 422, a repeat while the first still runs 409.
 * <p>
 * Only answers below 400 are kept. A refusal (4xx) or a failure (5xx, or an exception) has stored nothing, so the
 * key is released: a retry, or the corrected request, runs under the same key. Without PostgreSQL no key can be
 * claimed nor an answer kept: that is 503 with {@code Retry-After}.
 * <p>
 * Runs after Spring Security (whose filter is at {@link SecurityProperties#DEFAULT_FILTER_ORDER}), so the caller is
 * known and a request the access policy refuses never claims a key.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 1)
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Marks an answer given again from the kept one. */
    public static final String REPLAYED = "Idempotent-Replayed";
    /**
     * The request attribute a controller sets when its answer carries a secret shown once (a new API client's): the
     * answer is kept without its body, so a repeat gets its status and {@code Location} but never the secret.
     */
    public static final String SECRET_ANSWER = IdempotencyFilter.class.getName() + ".SECRET_ANSWER";
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Printable ASCII, up to 200 characters; a UUID is the usual choice. */
    private static final Pattern VALID_KEY = Pattern.compile("[\\x20-\\x7E]{1,200}");
    /** A claim released between our failed claim and our look at it is claimed again, this many times at most. */
    private static final int CLAIM_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final IdempotencyAnswers answers;

    IdempotencyFilter(IdempotencyKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.answers = new IdempotencyAnswers(json);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !UNSAFE.contains(request.getMethod()) || !path.startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> caller = caller(SecurityContextHolder.getContext().getAuthentication());
        if (caller.isEmpty()) {
            // no one to keep the key for: the access policy has let an anonymous call through, and it runs as is
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches() || key.isBlank()) {
            answers.invalidKey(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        byte[] fingerprint = fingerprint(request, body);
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            Optional<UUID> claim;
            Optional<KeptAnswer> kept;
            try {
                claim = keys.claim(caller.get(), key, fingerprint);
                kept = claim.isPresent() ? Optional.empty() : keys.find(caller.get(), key);
            } catch (DataAccessException failure) {
                LOG.warn("Idempotency key not claimed: {}", failure.getMessage());
                answers.unavailable(request, response,
                        "Команда не выполнена: база данных недоступна, повторите запрос позже");
                return;
            }
            if (claim.isPresent()) {
                run(new ReadBodyRequest(request, body), response, chain, caller.get(), key, claim.get());
                return;
            }
            if (kept.isPresent()) {
                answerRepeat(request, response, kept.get(), fingerprint);
                return;
            }
        }
        answers.inProgress(request, response);
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String caller,
                     String key, UUID claim) throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } catch (IOException | ServletException | RuntimeException failure) {
            release(caller, key, claim);
            throw failure;
        }
        int status = held.getStatus();
        if (status >= HttpStatus.BAD_REQUEST.value()) {
            release(caller, key, claim);
            held.copyBodyToResponse();
            return;
        }
        try {
            // kept before the answer leaves: an acknowledged command is never run again under its key
            boolean secret = Boolean.TRUE.equals(request.getAttribute(SECRET_ANSWER));
            keys.record(caller, key, claim, status, held.getHeader(HttpHeaders.LOCATION),
                    secret ? null : held.getContentType(), secret ? null : held.getContentAsByteArray());
        } catch (DataAccessException failure) {
            // an answer its key does not remember is not given: the key stays claimed until abandoned-after, and
            // then the command runs again (the one window where it may run twice)
            LOG.warn("Answer of idempotency key not recorded (status {}): {}", status, failure.getMessage());
            held.resetBuffer();
            answers.unavailable(request, response, "Ответ на команду не сохранён: база данных недоступна."
                    + " Повторите запрос с тем же ключом позже");
            return;
        }
        held.copyBodyToResponse();
    }

    /** A refusal's key is freed; if PostgreSQL is gone, it is free after abandoned-after, and the refusal stands. */
    private void release(String caller, String key, UUID claim) {
        try {
            keys.release(caller, key, claim);
        } catch (DataAccessException failure) {
            LOG.warn("Idempotency key not released: {}", failure.getMessage());
        }
    }

    private void answerRepeat(HttpServletRequest request, HttpServletResponse response, KeptAnswer kept,
                              byte[] fingerprint) throws IOException {
        if (!Arrays.equals(kept.fingerprint(), fingerprint)) {
            answers.keyReused(request, response);
        } else if (!kept.done()) {
            answers.inProgress(request, response);
        } else {
            answers.replay(response, kept);
        }
    }

    /**
     * Whose key it is: the subject of a bearer token or the user signed in to the UI, told apart, since an API
     * client and a user may carry the same name.
     */
    static Optional<String> caller(Authentication authentication) {
        String kind = authentication instanceof JwtAuthenticationToken ? "token:" : "session:";
        return Identities.actor(authentication).map(actor -> kind + actor.userId());
    }

    /** SHA-256 of the method, the path with its query, and the body. */
    static byte[] fingerprint(HttpServletRequest request, byte[] body) {
        String query = request.getQueryString();
        String target = request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query) + "\n";
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(target.getBytes(StandardCharsets.UTF_8));
            return sha256.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
