package ru.mentoring.app.security.api;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Issued tokens are self-contained JWTs, checked by signature, expiry and the client's revocation
 * ({@link ActiveClientValidator}); nothing needs them stored, and the issuer offers no introspection. What an
 * issue leaves behind is the client's last use.
 */
class IssuedTokens implements OAuth2AuthorizationService {

    private final ApiClients clients;

    IssuedTokens(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        clients.used(authorization.getPrincipalName());
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        // nothing is kept, so nothing to remove
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
    }
}
