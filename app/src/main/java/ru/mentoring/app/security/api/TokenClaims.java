package ru.mentoring.app.security.api;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;

import java.util.List;
import java.util.UUID;

/**
 * The claims of a bearer token that say who acts: {@code sub} (the client or user id), {@code role} (one of
 * {@link ActorRole}, never {@code SYSTEM}), and the scope — {@code region}, {@code municipality},
 * {@code organization} (an organization's id). The embedded issuer writes them; a site's own identity provider
 * must map its users' attributes to the same claims.
 */
public final class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLE = "role";
    public static final String REGION = "region";
    public static final String MUNICIPALITY = "municipality";
    public static final String ORGANIZATION = "organization";

    /** The actor a token names; an unknown or missing role, or {@code SYSTEM}, makes the token invalid. */
    public static Actor actor(Jwt token) {
        try {
            ActorRole role = ActorRole.external(token.getClaimAsString(ROLE));
            return new Actor(token.getSubject(), role, token.getClaimAsString(REGION),
                    token.getClaimAsString(MUNICIPALITY), organization(token));
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("the token names no valid role and subject");
        }
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        Actor actor = actor(token);
        return new JwtAuthenticationToken(token, List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())),
                actor.userId());
    }

    private static String organization(Jwt token) {
        String organization = token.getClaimAsString(ORGANIZATION);
        if (organization != null && !organization.isBlank()) {
            UUID.fromString(organization.strip());
        }
        return organization;
    }
}
