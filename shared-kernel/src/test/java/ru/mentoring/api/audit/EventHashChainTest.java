package ru.mentoring.api.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class EventHashChainTest {

    private static final byte[] PAYLOAD = "{\"programId\":\"p\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] METADATA = "{\"actorId\":\"curator\"}".getBytes(StandardCharsets.UTF_8);
    private static final String TIME = "2021-01-15T10:00:00Z";

    private static String first() {
        return EventHashChain.link(null, "agg", 0, "e0", "ProgramCreated", PAYLOAD, METADATA, TIME);
    }

    @Test
    void isTheSha256OfTheLengthPrefixedFields() throws Exception {
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        expected.update(new byte[]{0, 0, 0, 0});
        expected.update(new byte[]{0, 0, 0, 3});
        expected.update("agg".getBytes(StandardCharsets.UTF_8));
        expected.update(new byte[]{0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0});
        expected.update(new byte[]{0, 0, 0, 2});
        expected.update("e0".getBytes(StandardCharsets.UTF_8));
        expected.update(new byte[]{0, 0, 0, 14});
        expected.update("ProgramCreated".getBytes(StandardCharsets.UTF_8));
        expected.update(new byte[]{0, 0, 0, (byte) PAYLOAD.length});
        expected.update(PAYLOAD);
        expected.update(new byte[]{0, 0, 0, (byte) METADATA.length});
        expected.update(METADATA);
        expected.update(new byte[]{0, 0, 0, 20});
        expected.update(TIME.getBytes(StandardCharsets.UTF_8));

        assertThat(first()).isEqualTo(HexFormat.of().formatHex(expected.digest()))
                .hasSize(EventHashChain.HASH_LENGTH);
    }

    @Test
    void everyStoredFieldAndThePreviousLinkChangeTheLink() {
        String link = first();
        assertThat(EventHashChain.link("00", "agg", 0, "e0", "ProgramCreated", PAYLOAD, METADATA, TIME))
                .isNotEqualTo(link);
        assertThat(EventHashChain.link(null, "agh", 0, "e0", "ProgramCreated", PAYLOAD, METADATA, TIME))
                .isNotEqualTo(link);
        assertThat(EventHashChain.link(null, "agg", 1, "e0", "ProgramCreated", PAYLOAD, METADATA, TIME))
                .isNotEqualTo(link);
        assertThat(EventHashChain.link(null, "agg", 0, "e1", "ProgramCreated", PAYLOAD, METADATA, TIME))
                .isNotEqualTo(link);
        assertThat(EventHashChain.link(null, "agg", 0, "e0", "CuratorAppointed", PAYLOAD, METADATA, TIME))
                .isNotEqualTo(link);
        assertThat(EventHashChain.link(null, "agg", 0, "e0", "ProgramCreated", "{}".getBytes(StandardCharsets.UTF_8),
                METADATA, TIME)).isNotEqualTo(link);
        assertThat(EventHashChain.link(null, "agg", 0, "e0", "ProgramCreated", PAYLOAD, null, TIME))
                .isNotEqualTo(link);
        assertThat(EventHashChain.link(null, "agg", 0, "e0", "ProgramCreated", PAYLOAD, METADATA,
                "2021-01-15T10:00:01Z")).isNotEqualTo(link);
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameLink() {
        assertThat(EventHashChain.link(null, "ab", 0, "c", "T", PAYLOAD, METADATA, TIME))
                .isNotEqualTo(EventHashChain.link(null, "a", 0, "bc", "T", PAYLOAD, METADATA, TIME));
    }

    @Test
    void aLinkDependsOnTheWholeChainBeforeIt() {
        String second = EventHashChain.link(first(), "agg", 1, "e1", "CuratorAppointed", PAYLOAD, METADATA, TIME);
        String afterAlteredFirst = EventHashChain.link(
                EventHashChain.link(null, "agg", 0, "e0", "ProgramCreated", "{\"programId\":\"q\"}"
                        .getBytes(StandardCharsets.UTF_8), METADATA, TIME),
                "agg", 1, "e1", "CuratorAppointed", PAYLOAD, METADATA, TIME);
        assertThat(second).isNotEqualTo(afterAlteredFirst)
                .isEqualTo(EventHashChain.link(first(), "agg", 1, "e1", "CuratorAppointed", PAYLOAD, METADATA, TIME));
    }
}
