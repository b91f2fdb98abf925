package ru.mentoring.app.security.api;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.time.Duration;

/**
 * The embedded issuer's view of {@code api_client}: each active client may get tokens by the client-credentials
 * grant, authenticating with its id and secret (HTTP Basic, or in the form). Clients are registered through
 * {@link ApiClientController}, never here.
 */
class ClientRegistrations implements RegisteredClientRepository {

    private final ApiClients clients;
    private final Duration tokenLifetime;

    ClientRegistrations(ApiClients clients, Duration tokenLifetime) {
        this.clients = clients;
        this.tokenLifetime = tokenLifetime;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("API clients are registered through /api/admin/api-clients");
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return clients.secretHash(clientId)
                .map(hash -> RegisteredClient.withId(clientId)
                        .clientId(clientId)
                        .clientSecret(hash)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
                        .build())
                .orElse(null);
    }
}
