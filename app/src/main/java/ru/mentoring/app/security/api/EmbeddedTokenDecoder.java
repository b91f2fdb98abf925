package ru.mentoring.app.security.api;

import com.nimbusds.jose.JOSEException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.interfaces.RSAPublicKey;

/**
 * Checks the embedded issuer's tokens against the public half of its signing key, converted to a Java key once
 * per process (the key is stored once and never changes, see {@link SigningKeys}). A decoder over the issuer's
 * key source instead converts the stored key — private parts included, in nimbus's constant-time Base64 — on
 * every request: that was the largest CPU cost of an API call (a third of an audit history's samples).
 */
final class EmbeddedTokenDecoder implements JwtDecoder {

    private final SigningKeys keys;
    private final OAuth2TokenValidator<Jwt> validator;
    private volatile JwtDecoder decoder;

    EmbeddedTokenDecoder(SigningKeys keys, OAuth2TokenValidator<Jwt> validator) {
        this.keys = keys;
        this.validator = validator;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        JwtDecoder current = decoder;
        if (current == null) {
            NimbusJwtDecoder built = NimbusJwtDecoder.withPublicKey(publicKey()).build();
            built.setJwtValidator(validator);
            decoder = built;
            current = built;
        }
        return current.decode(token);
    }

    private RSAPublicKey publicKey() {
        try {
            return keys.keys().getKeyByKeyId(SigningKeys.KEY_ID).toRSAKey().toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("the stored signing key is not an RSA key", e);
        }
    }
}
