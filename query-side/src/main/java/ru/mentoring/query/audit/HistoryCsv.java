package ru.mentoring.query.audit;

import ru.mentoring.api.audit.EventHistory;
import ru.mentoring.api.audit.HistoryEntry;
import ru.mentoring.query.support.CsvCells;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A history as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks in
 * double quotes, quotes doubled), UTF-8 with a byte-order mark so that spreadsheet programs read the Russian
 * text correctly. Text that comes from users (summaries, names, identifiers) goes through {@link CsvCells} so
 * that it cannot run as a formula; the sequence number and timestamp are the writer's own.
 */
final class HistoryCsv {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final List<String> HEADER = List.of("sequenceNumber", "timestamp", "eventId", "eventType", "summary",
            "actorId", "actorRole", "actorOrganization", "correlationId");

    private HistoryCsv() {
    }

    static String write(EventHistory history) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK).append(line(HEADER.stream()));
        history.entries().forEach(entry -> csv.append(line(fields(entry))));
        return csv.toString();
    }

    private static Stream<String> fields(HistoryEntry entry) {
        Stream<String> text = Stream.of(entry.eventId(), entry.eventType(), entry.summary(), entry.actorId(),
                entry.actorRole(), entry.actorOrganization(), entry.correlationId()).map(CsvCells::neutralise);
        return Stream.concat(Stream.of(Long.toString(entry.sequenceNumber()), entry.timestamp().toString()), text);
    }

    private static String line(Stream<String> fields) {
        return fields.map(HistoryCsv::quoted).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
