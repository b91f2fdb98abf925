package ru.mentoring.query.audit;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.audit.ChainVerification;
import ru.mentoring.api.audit.EventHashChain;
import ru.mentoring.api.audit.VerifyEventChain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Recomputes an aggregate's hash chain from the rows of {@code domainevententry} and compares every link with
 * the one written when the event was stored. It reads the rows with SQL on purpose: the chain is over the
 * stored bytes, which Axon's API would hand back only deserialized (and upcast).
 */
@Component
class ChainVerifier {

    private final JdbcClient jdbc;

    ChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<ChainVerification> handle(VerifyEventChain query) {
        List<Link> links = jdbc.sql("""
                        SELECT coalesce(e.sequencenumber, c.sequencenumber) AS sequencenumber, e.type,
                               e.eventidentifier, e.payloadtype, e.payload, e.metadata, e."timestamp",
                               c.eventidentifier AS chained_event, c.hash
                          FROM (SELECT * FROM domainevententry WHERE aggregateidentifier = ?) e
                          FULL JOIN (SELECT * FROM event_hash_chain WHERE aggregateidentifier = ?) c
                            ON c.sequencenumber = e.sequencenumber
                         ORDER BY 1""")
                .params(query.aggregateId(), query.aggregateId())
                .query(ChainVerifier::link)
                .list();
        Optional<String> type = links.stream().map(Link::type).filter(Objects::nonNull).findFirst();
        if (links.isEmpty() || query.aggregateType() != null && type.isPresent()
                && !query.aggregateType().equals(type.get())) {
            return Optional.empty();
        }
        return Optional.of(verify(query.aggregateId(), links));
    }

    /** Walks the links in sequence order and stops at the first that does not hold. */
    static ChainVerification verify(String aggregateId, List<Link> links) {
        String previous = null;
        long expected = 0;
        int checked = 0;
        for (Link link : links) {
            String broken = null;
            if (link.sequenceNumber() != expected) {
                broken = "перед этим событием не хватает событий с № " + expected;
            } else if (link.eventId() == null) {
                broken = "событие удалено из хранилища, а звено цепочки осталось";
            } else if (link.hash() == null) {
                broken = "у события нет звена цепочки: оно записано в обход приложения";
            } else if (!link.eventId().equals(link.chainedEventId())
                    || !link.hash().equals(EventHashChain.link(previous, aggregateId, link.sequenceNumber(),
                    link.eventId(), link.payloadType(), link.payload(), link.metadata(), link.timestamp()))) {
                broken = "событие изменено после записи: его хеш не совпадает с цепочкой";
            }
            if (broken != null) {
                String name = link.payloadType() == null ? "" : " " + simpleName(link.payloadType());
                return new ChainVerification(aggregateId, false, checked, link.sequenceNumber(),
                        link.eventId() == null ? link.chainedEventId() : link.eventId(),
                        link.payloadType() == null ? null : simpleName(link.payloadType()),
                        "Цепочка нарушена на событии № " + link.sequenceNumber() + name + ": " + broken);
            }
            previous = link.hash();
            expected = link.sequenceNumber() + 1;
            checked++;
        }
        return new ChainVerification(aggregateId, true, checked, null, null, null,
                "История не изменялась: проверено событий — " + checked);
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    private static Link link(ResultSet row, int number) throws SQLException {
        return new Link(row.getLong("sequencenumber"), row.getString("type"), row.getString("eventidentifier"),
                row.getString("payloadtype"), row.getBytes("payload"), row.getBytes("metadata"),
                row.getString("timestamp"), row.getString("chained_event"), row.getString("hash"));
    }

    /** One stored event beside its chain link; either side is null when missing. */
    record Link(long sequenceNumber, String type, String eventId, String payloadType, byte[] payload,
                byte[] metadata, String timestamp, String chainedEventId, String hash) {
    }
}
