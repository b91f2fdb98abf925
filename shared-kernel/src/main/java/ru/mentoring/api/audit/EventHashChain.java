package ru.mentoring.api.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one definition of the tamper-evident chain over stored events, shared by the side that writes it and the
 * side that checks it: each link is SHA-256 over the previous link and the event's stored form, so that changing,
 * removing or inserting an event breaks every link from there on. Every field is length-prefixed, so that no two
 * different events can be spelled as the same bytes.
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
        MessageDigest sha256 = sha256();
        field(sha256, previousHash == null ? new byte[0] : utf8(previousHash));
        field(sha256, utf8(aggregateId));
        field(sha256, ByteBuffer.allocate(Long.BYTES).putLong(sequenceNumber).array());
        field(sha256, utf8(eventId));
        field(sha256, utf8(payloadType));
        field(sha256, payload);
        field(sha256, metadata == null ? new byte[0] : metadata);
        field(sha256, utf8(timestamp));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void field(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        digest.update(value);
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
