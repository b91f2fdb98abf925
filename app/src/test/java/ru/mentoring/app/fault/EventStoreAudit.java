package ru.mentoring.app.fault;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches the event store for the event of every acknowledged command: by the correlation id the command carried
 * (kept in each event's metadata), its aggregate and its event type. Zero is a lost command, more than one a
 * duplicate.
 */
final class EventStoreAudit {

    /** What the store holds for the acknowledged commands. */
    record Outcome(long acknowledged, long eventsFound, long duplicates, long lost) {
    }

    private EventStoreAudit() {
    }

    static Outcome check(String url, String user, String password, List<CommandLoad.Acknowledged> acknowledged)
            throws SQLException {
        Map<String, Long> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement query = connection.prepareStatement("""
                     SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'correlationId' AS correlation_id,
                            aggregateidentifier, payloadtype, count(*) AS events
                       FROM domainevententry
                      WHERE convert_from(metadata, 'UTF8')::jsonb ->> 'correlationId' = ANY (?)
                      GROUP BY 1, 2, 3""")) {
            Array ids = connection.createArrayOf("varchar",
                    acknowledged.stream().map(CommandLoad.Acknowledged::correlationId).toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(key(rows.getString("correlation_id"), rows.getString("aggregateidentifier"),
                            rows.getString("payloadtype")), rows.getLong("events"));
                }
            }
        }
        long found = 0;
        long duplicates = 0;
        long lost = 0;
        for (CommandLoad.Acknowledged command : acknowledged) {
            long events = stored.getOrDefault(key(command.correlationId(), command.aggregateId().toString(),
                    command.eventType()), 0L);
            found += events;
            if (events == 0) {
                lost++;
            } else if (events > 1) {
                duplicates++;
            }
        }
        return new Outcome(acknowledged.size(), found, duplicates, lost);
    }

    private static String key(String correlationId, String aggregate, String type) {
        return correlationId + "|" + aggregate + "|" + type;
    }
}
