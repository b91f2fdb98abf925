package ru.mentoring.api.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one definition of the tamper-evident chains over stored events, shared by the side that writes them and the
 * side that checks them. An aggregate's chain links each of its events to the one before; the global chain links
 * every event of the store, in the order they were sealed, to the one sealed before. Each link is HMAC-SHA-256,
 * with a {@link ChainKey} kept outside the database, over the previous link and the event's stored form, so that
 * changing, removing or inserting an event breaks every link from there on and no one without the key can make
 * the links again. Every field is length-prefixed, so that no two different events can be spelled as the same
 * bytes. Links written before keys existed are plain SHA-256 ({@link #link} with no key).
 */
public final class EventHashChain {

    /** Lower-case hex of a SHA-256 digest. */
    public static final int HASH_LENGTH = 64;

    private EventHashChain() {
    }

    /**
     * The link of one stored event.
     *
     * @param previousHash the link of the aggregate's previous event, or {@code null} for its first event
     * @param payload      the payload column's bytes as stored
     * @param metadata     the metadata column's bytes as stored ({@code null} when the column is null)
     * @param timestamp    the timestamp column's text as stored
     */
    public static String link(String previousHash, String aggregateId, long sequenceNumber, String eventId,
                              String payloadType, byte[] payload, byte[] metadata, String timestamp) {
        return link(null, previousHash, aggregateId, sequenceNumber, eventId, payloadType, payload, metadata,
                timestamp);
    }

    /**
     * The link of one stored event in its aggregate's chain, keyed; with {@code key} {@code null}, the plain
     * SHA-256 link of before keys.
     */
    public static String link(ChainKey key, String previousHash, String aggregateId, long sequenceNumber,
                              String eventId, String payloadType, byte[] payload, byte[] metadata, String timestamp) {
        Digest digest = key == null ? new Sha256() : new Hmac(key);
        digest.field(previousHash == null ? new byte[0] : utf8(previousHash));
        return storedForm(digest, aggregateId, sequenceNumber, eventId, payloadType, payload, metadata, timestamp);
    }

    /**
     * The link of one stored event in the global chain: its place in the chain ({@code position}, from 1) and in the
     * store ({@code globalIndex}), and all of its stored form, after the link sealed before it.
     */
    public static String globalLink(ChainKey key, String previousHash, long position, long globalIndex,
                                    String aggregateId, long sequenceNumber, String eventId, String payloadType,
                                    byte[] payload, byte[] metadata, String timestamp) {
        Digest digest = new Hmac(key);
        digest.field(utf8("global"));
        digest.field(previousHash == null ? new byte[0] : utf8(previousHash));
        digest.field(ByteBuffer.allocate(Long.BYTES).putLong(position).array());
        digest.field(ByteBuffer.allocate(Long.BYTES).putLong(globalIndex).array());
        return storedForm(digest, aggregateId, sequenceNumber, eventId, payloadType, payload, metadata, timestamp);
    }

    /** The event's stored form, field by field, after what the digest already holds: the link in hex. */
    private static String storedForm(Digest digest, String aggregateId, long sequenceNumber, String eventId,
                                     String payloadType, byte[] payload, byte[] metadata, String timestamp) {
        digest.field(utf8(aggregateId));
        digest.field(ByteBuffer.allocate(Long.BYTES).putLong(sequenceNumber).array());
        digest.field(utf8(eventId));
        digest.field(utf8(payloadType));
        digest.field(payload);
        digest.field(metadata == null ? new byte[0] : metadata);
        digest.field(utf8(timestamp));
        return HexFormat.of().formatHex(digest.finish());
    }

    /** HMAC-SHA-256 of a text with the key, in lower-case hex: the signature of a checkpoint. */
    public static String sign(ChainKey key, String text) {
        Digest digest = new Hmac(key);
        digest.field(utf8(text));
        return HexFormat.of().formatHex(digest.finish());
    }

    private interface Digest {
        void field(byte[] value);

        byte[] finish();
    }

    private static final class Sha256 implements Digest {
        private final MessageDigest sha256 = sha256();

        @Override
        public void field(byte[] value) {
            sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
            sha256.update(value);
        }

        @Override
        public byte[] finish() {
            return sha256.digest();
        }
    }

    private static final class Hmac implements Digest {
        private final Mac mac;

        Hmac(ChainKey key) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every Java runtime provides HMAC-SHA-256", e);
            }
        }

        @Override
        public void field(byte[] value) {
            mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
            mac.update(value);
        }

        @Override
        public byte[] finish() {
            return mac.doFinal();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
