package ru.mentoring.query.rebuild;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reads every segment's position from the token store rather than from the processors of this node, so that the
 * segments other nodes claim show too, and marks those that are stuck ({@link SegmentStalls}): below the event
 * store's head and unmoved for longer than {@code mentoring.projections.stuck-after} (30 s unless configured).
 * A segment that parks a failing event in its dead-letter queue moves on; one whose batch keeps failing does not.
 */
@Component
public class SegmentWatch {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final SegmentStalls stalls;

    SegmentWatch(JdbcClient jdbc, @Qualifier("serializer") Serializer serializer,
                 @Value("${mentoring.projections.stuck-after:30s}") Duration stuckAfter) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.stalls = new SegmentStalls(stuckAfter);
    }

    /** The global index of the newest event in the store. */
    public long head() {
        return jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry").query(Long.class).single();
    }

    /** The segments of one processor, by number. */
    public List<SegmentPosition> segments(String processor) {
        return read("WHERE processorname = ?", processor);
    }

    /** The segments of every processor that has tokens, by processor and number. */
    public List<SegmentPosition> all() {
        // Axon keeps the token store's own identity in a row of its own
        return read("WHERE processorname <> ?", "__config");
    }

    private List<SegmentPosition> read(String where, String name) {
        long head = head();
        Instant now = Instant.now();
        return jdbc.sql("SELECT processorname, segment, owner, token, tokentype FROM tokenentry " + where
                        + " ORDER BY processorname, segment")
                .param(name)
                .query((row, number) -> {
                    String processor = row.getString("processorname");
                    int segment = row.getInt("segment");
                    TrackingToken token = token(row.getBytes("token"), row.getString("tokentype"));
                    long position = position(token);
                    return new SegmentPosition(processor, segment, row.getString("owner"), position,
                            stalls.stuck(processor, segment, position, head, now),
                            rereading(token));
                })
                .list();
    }

    /**
     * Whether the token still rereads events it had read before a reset: a replay token below the position the
     * reset started from. (Axon keeps the token a replay token, its last event a replay, until an event newer than
     * the reset arrives: a rebuild done while nothing new happens would otherwise never end.)
     */
    static boolean rereading(TrackingToken token) {
        if (token == null || !ReplayToken.isReplay(token)) {
            return false;
        }
        return WrappedToken.unwrap(token, ReplayToken.class)
                .map(replay -> position(replay.getCurrentToken()) < position(replay.getTokenAtReset()))
                .orElse(false);
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    private TrackingToken token(byte[] token, String type) {
        if (token == null || type == null) {
            return null;
        }
        Object deserialized = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return deserialized instanceof TrackingToken tracking ? tracking : null;
    }
}
