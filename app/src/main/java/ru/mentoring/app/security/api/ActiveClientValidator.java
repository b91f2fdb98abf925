package ru.mentoring.app.security.api;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token of the embedded issuer is good only while its client is not revoked: revoking a client refuses its very
 * next call, not only its next token. Each accepted call counts as the client's use. (Only the issuer holds the
 * signing key, and it signs for registered clients only.)
 */
class ActiveClientValidator implements OAuth2TokenValidator<Jwt> {

    private final ApiClients clients;

    ActiveClientValidator(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String clientId = token.getSubject();
        if (clientId == null || clients.revoked(clientId)) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    "the client is revoked or unknown", null));
        }
        clients.used(clientId);
        return OAuth2TokenValidatorResult.success();
    }
}
