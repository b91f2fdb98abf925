package ru.mentoring.query.audit;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.audit.ChainVerification;
import ru.mentoring.api.audit.EventHashChain;
import ru.mentoring.query.audit.ChainVerifier.Link;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    private static final String AGGREGATE = "program-1";
    private static final String TYPE = "ru.mentoring.api.program.InformingEventRecorded";

    /** Three stored events with the links the command side would have written. */
    private static List<Link> chain() {
        List<Link> links = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < 3; i++) {
            byte[] payload = ("{\"attendance\":" + i + "}").getBytes(StandardCharsets.UTF_8);
            byte[] metadata = "{\"actorId\":\"curator\"}".getBytes(StandardCharsets.UTF_8);
            String timestamp = "2021-01-15T10:00:0" + i + ".000Z";
            String hash = EventHashChain.link(previous, AGGREGATE, i, "e" + i, TYPE, payload, metadata, timestamp);
            links.add(new Link(i, "Program", "e" + i, TYPE, payload, metadata, timestamp, "e" + i, hash));
            previous = hash;
        }
        return links;
    }

    @Test
    void anUntouchedChainIsIntactWithEveryEventChecked() {
        ChainVerification verification = ChainVerifier.verify(AGGREGATE, chain());
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(3);
        assertThat(verification.message()).isEqualTo("История не изменялась: проверено событий — 3");
    }

    @Test
    void anAlteredPayloadIsNamed() {
        List<Link> links = chain();
        Link second = links.get(1);
        links.set(1, new Link(1, "Program", "e1", TYPE, "{\"attendance\":100}".getBytes(StandardCharsets.UTF_8),
                second.metadata(), second.timestamp(), "e1", second.hash()));

        ChainVerification verification = ChainVerifier.verify(AGGREGATE, links);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.eventsChecked()).isOne();
        assertThat(verification.brokenAtSequence()).isOne();
        assertThat(verification.brokenEventId()).isEqualTo("e1");
        assertThat(verification.brokenEventType()).isEqualTo("InformingEventRecorded");
        assertThat(verification.message()).isEqualTo("Цепочка нарушена на событии № 1 InformingEventRecorded: "
                + "событие изменено после записи: его хеш не совпадает с цепочкой");
    }

    @Test
    void anAlteredTimestampOrMetadataIsNamedToo() {
        List<Link> links = chain();
        Link last = links.get(2);
        links.set(2, new Link(2, "Program", "e2", TYPE, last.payload(), "{\"actorId\":\"someone\"}"
                .getBytes(StandardCharsets.UTF_8), last.timestamp(), "e2", last.hash()));
        assertThat(ChainVerifier.verify(AGGREGATE, links).brokenAtSequence()).isEqualTo(2);

        links = chain();
        links.set(0, new Link(0, "Program", "e0", TYPE, links.get(0).payload(), links.get(0).metadata(),
                "2020-01-15T10:00:00.000Z", "e0", links.get(0).hash()));
        assertThat(ChainVerifier.verify(AGGREGATE, links).brokenAtSequence()).isZero();
    }

    @Test
    void anEventRemovedWithItsLinkIsNamedAtTheGap() {
        List<Link> links = chain();
        links.remove(1);

        ChainVerification verification = ChainVerifier.verify(AGGREGATE, links);
        assertThat(verification.brokenAtSequence()).isEqualTo(2);
        assertThat(verification.message()).contains("не хватает событий с № 1");
    }

    @Test
    void anEventRemovedWithoutItsLinkOrInsertedWithoutOneIsNamed() {
        List<Link> removed = chain();
        Link second = removed.get(1);
        removed.set(1, new Link(1, null, null, null, null, null, null, "e1", second.hash()));
        ChainVerification deletion = ChainVerifier.verify(AGGREGATE, removed);
        assertThat(deletion.brokenEventId()).isEqualTo("e1");
        assertThat(deletion.message()).contains("событие удалено");

        List<Link> inserted = chain();
        Link third = inserted.get(2);
        inserted.set(2, new Link(2, "Program", "e2", TYPE, third.payload(), third.metadata(), third.timestamp(),
                null, null));
        assertThat(ChainVerifier.verify(AGGREGATE, inserted).message()).contains("нет звена цепочки");
    }
}
