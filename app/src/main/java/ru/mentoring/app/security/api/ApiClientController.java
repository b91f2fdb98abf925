package ru.mentoring.app.security.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.app.security.RoleScopes;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.RequestOrigin;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * API clients, kept by the operator and by regional administrators for their region: registered with a role
 * and scope ({@code 201} with the secret, shown this once), listed with their last use, revoked.
 */
@RestController
@RequestMapping("/api/admin/api-clients")
class ApiClientController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClients clients;
    private final PasswordEncoder passwords;

    ApiClientController(ApiClients clients, PasswordEncoder passwords) {
        this.clients = clients;
        this.passwords = passwords;
    }

    record Registration(@NotBlank @Size(max = 300) String name, @NotNull ActorRole role, @Size(max = 300) String region,
                        @Size(max = 300) String municipality, UUID organizationId) {
    }

    record Registered(String clientId, String clientSecret) {
    }

    record Listed(String clientId, String name, ActorRole role, String region, String municipality,
                  UUID organizationId, String createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    @PostMapping
    ResponseEntity<Registered> register(@Valid @RequestBody Registration registration, RequestOrigin origin) {
        Actor grantor = origin.actor();
        List<RoleScopes.Problem> problems = RoleScopes.check(registration.role(), registration.region(),
                registration.municipality(), registration.organizationId(), grantor.role(), grantor.region());
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ApiProblems.invalidInput(problems.stream()
                    .map(problem -> new ApiProblems.FieldError(problem.field(), problem.message())).toList()), null);
        }
        String clientId = "client-" + UUID.randomUUID();
        String secret = secret();
        clients.add(new ApiClient(clientId, registration.name().strip(), registration.role(), registration.region(),
                registration.municipality(), registration.organizationId(), grantor.userId(), null, null, null),
                passwords.encode(secret));
        return ResponseEntity.created(URI.create("/api/admin/api-clients/" + clientId))
                .body(new Registered(clientId, secret));
    }

    @GetMapping
    List<Listed> list(RequestOrigin origin) {
        String region = origin.actor().role() == ActorRole.OPERATOR ? null : origin.actor().region();
        return clients.all(region).stream()
                .map(c -> new Listed(c.clientId(), c.name(), c.role(), c.region(), c.municipality(), c.organizationId(),
                        c.createdBy(), c.createdAt(), c.lastUsedAt(), c.revokedAt()))
                .toList();
    }

    @PostMapping("/{clientId}/revocation")
    ResponseEntity<Void> revoke(@PathVariable String clientId, RequestOrigin origin) {
        ApiClient client = clients.find(clientId).filter(c -> origin.actor().role() == ActorRole.OPERATOR
                        || (c.region() != null && c.region().equals(origin.actor().region())))
                .orElseThrow(() -> notFound(clientId));
        clients.revoke(client.clientId());
        return ResponseEntity.noContent().build();
    }

    private static ErrorResponseException notFound(String clientId) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.NOT_FOUND, "api-client.unknown",
                "Клиента API " + clientId + " нет");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    /** 32 random bytes: shown once, kept only as a hash. */
    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
