package ru.mentoring.app.security.api;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * The embedded issuer's RSA signing key, kept in {@code oauth2_signing_key} so that a restart or a second node
 * accepts the tokens the first one issued. The first node to start makes it; the others read it.
 */
@Component
class SigningKeys {

    static final String KEY_ID = "mentoring-issuer-1";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private volatile JWKSet keys;

    SigningKeys(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * The key, read once per process. A key pair is generated only when none is stored yet: after a restart the
     * first calls, arriving together, would otherwise each spend seconds of CPU on a 2048-bit RSA pair that the
     * {@code ON CONFLICT} then throws away, holding up every request of the restart.
     */
    JWKSet keys() {
        JWKSet loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                loaded = keys;
                if (loaded == null) {
                    loaded = stored().orElseGet(this::created);
                    keys = loaded;
                }
            }
        }
        return loaded;
    }

    private Optional<JWKSet> stored() {
        return jdbc.sql("SELECT private_key, public_key FROM oauth2_signing_key WHERE key_id = ?")
                .param(KEY_ID)
                .query((row, number) -> new JWKSet(rsa(row.getString(1), row.getString(2))))
                .optional();
    }

    /** The first node to need the key makes it; a node that makes one at the same moment reads the winner's. */
    private JWKSet created() {
        return transaction.execute(status -> {
            jdbc.sql("""
                            INSERT INTO oauth2_signing_key (key_id, private_key, public_key) VALUES (?, ?, ?)
                            ON CONFLICT (key_id) DO NOTHING""")
                    .params(generated())
                    .update();
            return stored().orElseThrow();
        });
    }

    private static Object[] generated() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return new Object[]{KEY_ID, base64.encodeToString(pair.getPrivate().getEncoded()),
                    base64.encodeToString(pair.getPublic().getEncoded())};
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is missing from this JDK", e);
        }
    }

    private static RSAKey rsa(String privateKey, String publicKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            Base64.Decoder base64 = Base64.getDecoder();
            RSAPrivateKey privatePart = (RSAPrivateKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(base64.decode(privateKey)));
            RSAPublicKey publicPart = (RSAPublicKey) factory.generatePublic(
                    new X509EncodedKeySpec(base64.decode(publicKey)));
            return new RSAKey.Builder(publicPart).privateKey(privatePart).keyID(KEY_ID).build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("the stored signing key cannot be read", e);
        }
    }
}
