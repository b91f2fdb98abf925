package ru.mentoring.app.security.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.Actor;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.security.api.TokenClaims;
import ru.mentoring.command.web.AuthenticatedActor;

import java.util.Optional;

/**
 * The actor behind an authentication: a signed-in user of the admin UI, or the subject of a bearer token with the
 * role and scope its claims carry. Nothing the request says about itself counts.
 */
@Component
public class Identities implements AuthenticatedActor {

    @Override
    public Optional<Actor> current() {
        return actor(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Actor> actor(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof UiUser user) {
            return Optional.of(user.actor());
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(TokenClaims.actor(token.getToken()));
        }
        return Optional.empty();
    }
}
