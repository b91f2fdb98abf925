package ru.mentoring.app.security.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.app.security.RoleScopes;
import ru.mentoring.app.web.idempotency.IdempotencyFilter;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.RequestOrigin;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * API clients over HTTP, for the operator and for regional administrators in their region: registered with a role
 * and scope ({@code 201} with the secret, shown this once), listed with their last use, revoked.
 */
@RestController
@RequestMapping("/api/admin/api-clients")
class ApiClientController {

    private final ApiClientRegistry registry;

    ApiClientController(ApiClientRegistry registry) {
        this.registry = registry;
    }

    record RegistrationRequest(@NotBlank @Size(max = 300) String name, @NotNull ActorRole role,
                               @Size(max = 300) String region, @Size(max = 300) String municipality,
                               UUID organizationId) {
    }

    record Listed(String clientId, String name, ActorRole role, String region, String municipality,
                  UUID organizationId, String createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    /** The answer holds the new client's secret: an Idempotency-Key's repeat gets the client's Location only. */
    @PostMapping
    ResponseEntity<ApiClientRegistry.Registered> register(@Valid @RequestBody RegistrationRequest request,
                                                          RequestOrigin origin, HttpServletRequest http) {
        http.setAttribute(IdempotencyFilter.SECRET_ANSWER, true);
        var registration = new ApiClientRegistry.Registration(request.name(), request.role(), request.region(),
                request.municipality(), request.organizationId());
        List<RoleScopes.Problem> problems = registry.problems(registration, origin.actor());
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ApiProblems.invalidInput(problems.stream()
                    .map(problem -> new ApiProblems.FieldError(problem.field(), problem.message())).toList()), null);
        }
        ApiClientRegistry.Registered registered = registry.register(registration, origin.actor());
        return ResponseEntity.created(URI.create("/api/admin/api-clients/" + registered.clientId())).body(registered);
    }

    @GetMapping
    List<Listed> list(RequestOrigin origin) {
        return registry.visibleTo(origin.actor()).stream()
                .map(c -> new Listed(c.clientId(), c.name(), c.role(), c.region(), c.municipality(), c.organizationId(),
                        c.createdBy(), c.createdAt(), c.lastUsedAt(), c.revokedAt()))
                .toList();
    }

    @PostMapping("/{clientId}/revocation")
    ResponseEntity<Void> revoke(@PathVariable String clientId, RequestOrigin origin) {
        if (registry.revoke(clientId, origin.actor()).isEmpty()) {
            ProblemDetail problem = ApiProblems.problem(HttpStatus.NOT_FOUND, "api-client.unknown",
                    "Клиента API " + clientId + " нет");
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        }
        return ResponseEntity.noContent().build();
    }
}
