package ru.mentoring.api.audit;

import java.util.Objects;

/**
 * A secret key of the hash chains (HMAC-SHA-256), known by its id; the id is stored beside every link made with
 * it, so that keys can be rotated while older links stay checkable. The key itself never goes into the database.
 */
public record ChainKey(String id, byte[] secret) {

    /** The shortest secret accepted: 256 bits, as HMAC-SHA-256's own block strength asks. */
    public static final int MINIMUM_BYTES = 32;

    public ChainKey {
        Objects.requireNonNull(id, "a chain key needs an id");
        if (id.isBlank() || id.length() > 40 || !id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("a chain key's id is 1–40 letters, digits, '.', '_' or '-': " + id);
        }
        if (secret == null || secret.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("the chain key " + id + " is shorter than " + MINIMUM_BYTES
                    + " bytes");
        }
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public String toString() {
        return "ChainKey[" + id + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainKey that && id.equals(that.id) && java.util.Arrays.equals(secret, that.secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
