package ru.mentoring.query.audit;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.audit.ChainKey;
import ru.mentoring.api.audit.ChainKeyring;
import ru.mentoring.api.audit.ChainVerification;
import ru.mentoring.api.audit.EventHashChain;
import ru.mentoring.query.audit.ChainVerifier.Link;
import ru.mentoring.query.audit.ChainVerifier.Seal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    private static final String AGGREGATE = "program-1";
    private static final String TYPE = "ru.mentoring.api.program.InformingEventRecorded";
    private static final ChainKey OLD = new ChainKey("k-2025", "an older key of the chains, 32 bytes or more".getBytes(
            StandardCharsets.UTF_8));
    private static final ChainKey CURRENT = new ChainKey("k-2026", "the current key of the chains, 32 bytes long"
            .getBytes(StandardCharsets.UTF_8));
    private static final ChainKeyring KEYS = new ChainKeyring(CURRENT, List.of(OLD));
    /** The aggregate's own chain alone: none of its events sealed in the global chain yet. */
    private static final List<Seal> NO_SEALS = List.of();

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
        ChainVerification verification = ChainVerifier.verify(AGGREGATE, chain(), NO_SEALS, KEYS);
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

        ChainVerification verification = ChainVerifier.verify(AGGREGATE, links, NO_SEALS, KEYS);
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
        assertThat(ChainVerifier.verify(AGGREGATE, links, NO_SEALS, KEYS).brokenAtSequence()).isEqualTo(2);

        links = chain();
        links.set(0, new Link(0, "Program", "e0", TYPE, links.get(0).payload(), links.get(0).metadata(),
                "2020-01-15T10:00:00.000Z", "e0", links.get(0).hash()));
        assertThat(ChainVerifier.verify(AGGREGATE, links, NO_SEALS, KEYS).brokenAtSequence()).isZero();
    }

    @Test
    void anEventRemovedWithItsLinkIsNamedAtTheGap() {
        List<Link> links = chain();
        links.remove(1);

        ChainVerification verification = ChainVerifier.verify(AGGREGATE, links, NO_SEALS, KEYS);
        assertThat(verification.brokenAtSequence()).isEqualTo(2);
        assertThat(verification.message()).contains("не хватает событий с № 1");
    }

    @Test
    void anEventRemovedWithoutItsLinkOrInsertedWithoutOneIsNamed() {
        List<Link> removed = chain();
        Link second = removed.get(1);
        removed.set(1, new Link(1, null, null, null, null, null, null, "e1", second.hash()));
        ChainVerification deletion = ChainVerifier.verify(AGGREGATE, removed, NO_SEALS, KEYS);
        assertThat(deletion.brokenEventId()).isEqualTo("e1");
        assertThat(deletion.message()).contains("событие удалено");

        List<Link> inserted = chain();
        Link third = inserted.get(2);
        inserted.set(2, new Link(2, "Program", "e2", TYPE, third.payload(), third.metadata(), third.timestamp(),
                null, null));
        assertThat(ChainVerifier.verify(AGGREGATE, inserted, NO_SEALS, KEYS).message()).contains("нет звена цепочки");
    }

    /** The chain of {@link #chain()} with its links made with the keys given, one per event (null: plain SHA-256). */
    private static List<Link> keyed(ChainKey... keys) {
        List<Link> links = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < keys.length; i++) {
            Link plain = chain().get(i);
            String hash = EventHashChain.link(keys[i], previous, AGGREGATE, i, "e" + i, TYPE, plain.payload(),
                    plain.metadata(), plain.timestamp());
            links.add(new Link(i, "Program", "e" + i, TYPE, plain.payload(), plain.metadata(), plain.timestamp(),
                    "e" + i, hash, keys[i] == null ? null : keys[i].id()));
            previous = hash;
        }
        return links;
    }

    private static List<Seal> seals(List<Link> links) {
        List<Seal> seals = new ArrayList<>();
        String previous = "f".repeat(64);
        for (Link link : links) {
            long position = 40 + link.sequenceNumber();
            String hash = EventHashChain.globalLink(CURRENT, previous, position, 100 + position, AGGREGATE,
                    link.sequenceNumber(), link.eventId(), link.payloadType(), link.payload(), link.metadata(),
                    link.timestamp());
            seals.add(new Seal(position, 100 + position, link.sequenceNumber(), link.eventId(), CURRENT.id(), hash,
                    previous));
            previous = hash;
        }
        return seals;
    }

    @Test
    void linksMadeBeforeKeysWithAnOlderKeyAndWithTheCurrentOneAllHold() {
        List<Link> links = keyed(null, OLD, CURRENT);

        ChainVerification verification = ChainVerifier.verify(AGGREGATE, links, seals(links), KEYS);

        assertThat(verification.intact()).as(verification.message()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(3);
    }

    @Test
    void aLinkWithoutAKeyAfterKeyedOnesIsAForgery() {
        List<Link> links = keyed(CURRENT, null, null);

        ChainVerification verification = ChainVerifier.verify(AGGREGATE, links, NO_SEALS, KEYS);

        assertThat(verification.brokenAtSequence()).isOne();
        assertThat(verification.message()).contains("звено без ключа после звеньев с ключом");
    }

    @Test
    void aLinkMadeWithAnUnknownKeyIsNamed() {
        ChainKey stranger = new ChainKey("k-1999", "a key that the application never had, 32 bytes".getBytes(
                StandardCharsets.UTF_8));

        ChainVerification verification = ChainVerifier.verify(AGGREGATE, keyed(CURRENT, stranger, CURRENT), NO_SEALS,
                KEYS);

        assertThat(verification.brokenAtSequence()).isOne();
        assertThat(verification.message()).contains("ключом «k-1999», которого у приложения нет");
    }

    @Test
    void anEventAlteredWithItsPlainLinksRecomputedIsNamedByItsSeal() {
        List<Link> sealedBefore = chain();
        List<Seal> seals = seals(sealedBefore);
        List<Link> recomputed = new ArrayList<>();
        String previous = null;
        for (Link link : sealedBefore) {
            byte[] payload = link.sequenceNumber() == 1 ? "{\"attendance\":100}".getBytes(StandardCharsets.UTF_8)
                    : link.payload();
            String hash = EventHashChain.link(previous, AGGREGATE, link.sequenceNumber(), link.eventId(), TYPE,
                    payload, link.metadata(), link.timestamp());
            recomputed.add(new Link(link.sequenceNumber(), "Program", link.eventId(), TYPE, payload, link.metadata(),
                    link.timestamp(), link.eventId(), hash));
            previous = hash;
        }
        assertThat(ChainVerifier.verify(AGGREGATE, recomputed, NO_SEALS, KEYS).intact()).as("its own chain alone holds")
                .isTrue();

        ChainVerification verification = ChainVerifier.verify(AGGREGATE, recomputed, seals, KEYS);

        assertThat(verification.brokenAtSequence()).isOne();
        assertThat(verification.message()).contains("не совпадает со своей печатью в глобальной цепочке (№ 41)");
    }

    @Test
    void aStreamRemovedWholeOrTruncatedIsNamedByTheSealsLeft() {
        List<Link> links = keyed(CURRENT, CURRENT, CURRENT);
        List<Seal> seals = seals(links);

        ChainVerification whole = ChainVerifier.verify(AGGREGATE, List.of(), seals, KEYS);
        assertThat(whole.intact()).isFalse();
        assertThat(whole.brokenAtSequence()).isZero();
        assertThat(whole.message()).contains("все события удалены из хранилища");

        ChainVerification newest = ChainVerifier.verify(AGGREGATE, links.subList(0, 2), seals, KEYS);
        assertThat(newest.brokenAtSequence()).isEqualTo(2);
        assertThat(newest.eventsChecked()).isEqualTo(2);
        assertThat(newest.message()).contains("событие удалено из хранилища, но осталась его печать");
    }
}
