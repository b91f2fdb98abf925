package ru.mentoring.command.roadmap;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a road-map import from CSV: fields separated by ";" (as Russian spreadsheets save) or ",",
 * quoted with '"', a quoted field may span lines; each row keeps the line it starts on. Reading stops at the
 * first row over {@link RoadMapImport#MAX_ROWS}.
 */
public final class RoadMapCsv {

    private RoadMapCsv() {
    }

    public static RoadMapImport.Result read(String text) {
        return records(text == null ? "" : text.replace("\uFEFF", "")).result();
    }

    private static ImportRows records(String text) {
        char separator = firstLine(text).contains(";") ? ';' : ',';
        ImportRows records = new ImportRows();
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
                if (!records.add(new RoadMapImport.Row(recordLine, List.copyOf(cells)))) {
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
            records.add(new RoadMapImport.Row(recordLine, List.copyOf(cells)));
        }
        return records;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
