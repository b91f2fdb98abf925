package ru.mentoring.app.security.api;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import ru.mentoring.api.access.Places;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.app.security.RoleScopes;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers, lists and revokes API clients for the API and the admin UI alike: the operator keeps every client,
 * a regional administrator those of their region; each client's role takes the scope {@link RoleScopes} asks.
 */
@Service
public class ApiClientRegistry {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClients clients;
    private final PasswordEncoder passwords;
    private final Places places;

    ApiClientRegistry(ApiClients clients, PasswordEncoder passwords, Places places) {
        this.clients = clients;
        this.places = places;
        this.passwords = passwords;
    }

    /** What a new client is to be. */
    public record Registration(String name, ActorRole role, String region, String municipality, UUID organizationId) {
    }

    /** A registered client: its id and its secret, shown this once and kept only as a hash. */
    public record Registered(String clientId, String clientSecret) {
    }

    /** The problems of the registration, each by field; none when it is fine. */
    public List<RoleScopes.Problem> problems(Registration registration, Actor grantor) {
        return RoleScopes.check(registration.role(), registration.region(), registration.municipality(),
                registration.organizationId(), registration.organizationId() == null ? List.of()
                        : places.of(registration.organizationId()), grantor.role(), grantor.region());
    }

    /** Registers a client whose registration has no {@link #problems}. */
    public Registered register(Registration registration, Actor grantor) {
        if (!problems(registration, grantor).isEmpty()) {
            throw new IllegalArgumentException("the registration has problems");
        }
        String clientId = "client-" + UUID.randomUUID();
        String secret = secret();
        clients.add(new ApiClient(clientId, registration.name().strip(), registration.role(),
                blankToNull(registration.region()), blankToNull(registration.municipality()),
                registration.organizationId(), grantor.userId(), null, null, null), passwords.encode(secret));
        return new Registered(clientId, secret);
    }

    public List<ApiClient> visibleTo(Actor grantor) {
        return clients.all(grantor.role() == ActorRole.OPERATOR ? null : grantor.region());
    }

    /** Revokes a client the grantor keeps; empty when there is no such client for them. */
    public Optional<ApiClient> revoke(String clientId, Actor grantor) {
        Optional<ApiClient> client = clients.find(clientId).filter(found -> grantor.role() == ActorRole.OPERATOR
                || (found.region() != null && found.region().equals(grantor.region())));
        client.ifPresent(found -> clients.revoke(found.clientId()));
        return client;
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
