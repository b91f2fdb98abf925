package ru.mentoring.command.people;

import ru.mentoring.api.common.PersonId;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * AES-256-GCM sealing of a text about several people with one key derived from all of theirs: starting from a
 * fixed label, each person's key in turn (ordered by person id) is an HMAC-SHA-256 key over the result so far. The
 * derived key exists only while every person's key does, so erasing any one of them makes the text unreadable.
 * The people's ids are the cipher's associated data: a sealed text moved to another list of people does not open.
 * <p>
 * Sealed form: a 12-byte random nonce followed by the ciphertext and its 16-byte tag.
 */
final class TextSeal {

    private static final byte[] LABEL = "mentoring personal text v1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TextSeal() {
    }

    static byte[] seal(List<byte[]> keys, List<PersonId> about, String text) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys, about, nonce);
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available to seal a text", e);
        }
    }

    /** The text; a sealed form that was altered, or is opened with other keys or people, fails. */
    static String open(List<byte[]> keys, List<PersonId> about, byte[] sealed) {
        if (sealed.length <= NONCE_BYTES) {
            throw new IllegalArgumentException("a sealed text is longer than its nonce");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, keys, about, Arrays.copyOf(sealed, NONCE_BYTES));
            byte[] text = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return new String(text, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("a sealed text does not open: it was altered or moved", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available to open a text", e);
        }
    }

    private static Cipher cipher(int mode, List<byte[]> keys, List<PersonId> about, byte[] nonce)
            throws GeneralSecurityException {
        if (keys.size() != about.size() || keys.isEmpty()) {
            throw new IllegalArgumentException("a text is sealed with one key for each person it is about");
        }
        byte[] derived = LABEL;
        Mac mac = Mac.getInstance("HmacSHA256");
        for (byte[] key : keys) {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            derived = mac.doFinal(derived);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(about.stream().map(PersonId::toString).collect(Collectors.joining(","))
                .getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
