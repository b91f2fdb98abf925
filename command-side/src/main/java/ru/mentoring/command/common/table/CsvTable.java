package ru.mentoring.command.common.table;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV: fields separated by ";" (as Russian spreadsheets save) or ",", quoted with '"', a quoted field may span
 * lines; each row keeps the line it starts on; a byte-order mark is dropped. Reading stops at the first row over the
 * limit.
 */
public final class CsvTable {

    private CsvTable() {
    }

    /**
     * The text of an uploaded CSV file: UTF-8 (with or without a byte-order mark), or, when the bytes are not UTF-8,
     * Windows-1251 — what Russian Excel saves «CSV (разделители — точка с запятой)» in.
     */
    public static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1251"));
        }
    }

    public static Table read(String text, int maxRows) {
        return rows(text == null ? "" : text.replace("\uFEFF", ""), maxRows).table();
    }

    private static TableRows rows(String text, int maxRows) {
        char separator = firstLine(text).contains(";") ? ';' : ',';
        TableRows records = new TableRows(maxRows);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                if (!records.add(new Table.Row(recordLine, cells))) {
                    return records;
                }
                cells.clear();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Table.Row(recordLine, cells));
        }
        return records;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
