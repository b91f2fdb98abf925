package ru.mentoring.app.security.api;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.time.Duration;

/**
 * The embedded issuer of the API's bearer tokens (Spring Authorization Server, client credentials at
 * {@code POST /oauth2/token}) and how the API checks them. A site with its own identity provider sets
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}: the API then checks that provider's tokens
 * instead (Spring Boot's own decoder), and its clients are kept there; the embedded issuer's tokens are no
 * longer accepted.
 */
@Configuration(proxyBeanMethods = false)
class TokenIssuerConfiguration {

    @Bean
    RegisteredClientRepository registeredClients(ApiClients clients,
                                                 @Value("${mentoring.api.token-lifetime:1h}") Duration lifetime) {
        return new ClientRegistrations(clients, lifetime);
    }

    @Bean
    OAuth2AuthorizationService issuedTokens(ApiClients clients) {
        return new IssuedTokens(clients);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return (selector, context) -> selector.select(keys.keys());
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** Every token carries its client's role and scope. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> roleAndScopeClaims(ApiClients clients) {
        return context -> {
            if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                return;
            }
            clients.find(context.getRegisteredClient().getClientId()).ifPresent(client -> {
                var claims = context.getClaims();
                claims.claim(TokenClaims.ROLE, client.role().name());
                if (client.region() != null) {
                    claims.claim(TokenClaims.REGION, client.region());
                }
                if (client.municipality() != null) {
                    claims.claim(TokenClaims.MUNICIPALITY, client.municipality());
                }
                if (client.organizationId() != null) {
                    claims.claim(TokenClaims.ORGANIZATION, client.organizationId().toString());
                }
            });
        };
    }

    /** The API accepts the embedded issuer's tokens: signed with its key, unexpired, of a client not revoked. */
    @Bean
    @ConditionalOnProperty(prefix = "spring.security.oauth2.resourceserver.jwt", name = "issuer-uri",
            havingValue = "embedded", matchIfMissing = true)
    JwtDecoder embeddedIssuerTokens(SigningKeys keys, ApiClients clients) {
        return new EmbeddedTokenDecoder(keys, new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(),
                new ActiveClientValidator(clients)));
    }
}
