package ru.mentoring.app.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import ru.mentoring.app.security.access.Identities;
import ru.mentoring.command.web.ApiProblems;

import java.io.IOException;
import java.net.URI;
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
 * key is released: a retry, or the corrected request, runs under the same key.
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
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Printable ASCII, up to 200 characters; a UUID is the usual choice. */
    private static final Pattern VALID_KEY = Pattern.compile("[\\x20-\\x7E]{1,200}");
    /** A claim released between our failed claim and our look at it is claimed again, this many times at most. */
    private static final int CLAIM_ATTEMPTS = 3;
    private static final String RETRY_AFTER_SECONDS = "1";

    private final IdempotencyKeys keys;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotencyKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
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
            refuse(request, response, ApiProblems.problem(HttpStatus.BAD_REQUEST, "idempotency.key-invalid",
                    "Заголовок " + HEADER + " должен содержать от 1 до 200 печатных символов ASCII"));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        byte[] fingerprint = fingerprint(request, body);
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            Optional<UUID> claim = keys.claim(caller.get(), key, fingerprint);
            if (claim.isPresent()) {
                run(new ReadBodyRequest(request, body), response, chain, caller.get(), key, claim.get());
                return;
            }
            Optional<KeptAnswer> kept = keys.find(caller.get(), key);
            if (kept.isPresent()) {
                answerRepeat(request, response, kept.get(), fingerprint);
                return;
            }
        }
        inProgress(request, response);
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String caller,
                     String key, UUID claim) throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } catch (IOException | ServletException | RuntimeException failure) {
            keys.release(caller, key, claim);
            throw failure;
        }
        int status = held.getStatus();
        if (status < HttpStatus.BAD_REQUEST.value()) {
            // kept before the answer leaves: an acknowledged command is never run again under its key
            keys.record(caller, key, claim, status, held.getHeader(HttpHeaders.LOCATION), held.getContentType(),
                    held.getContentAsByteArray());
        } else {
            keys.release(caller, key, claim);
        }
        held.copyBodyToResponse();
    }

    private void answerRepeat(HttpServletRequest request, HttpServletResponse response, KeptAnswer kept,
                              byte[] fingerprint) throws IOException {
        if (!Arrays.equals(kept.fingerprint(), fingerprint)) {
            refuse(request, response, ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.key-reused",
                    "Ключ " + HEADER + " уже использован для другого запроса: для новой команды нужен новый ключ"));
        } else if (!kept.done()) {
            inProgress(request, response);
        } else {
            response.setStatus(kept.status());
            if (kept.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, kept.location());
            }
            if (kept.contentType() != null) {
                response.setContentType(kept.contentType());
            }
            response.setHeader(REPLAYED, "true");
            byte[] body = kept.body() == null ? new byte[0] : kept.body();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private void inProgress(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        refuse(request, response, ApiProblems.problem(HttpStatus.CONFLICT, "idempotency.in-progress",
                "Запрос с этим ключом " + HEADER + " ещё выполняется: повторите его позже"));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
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
