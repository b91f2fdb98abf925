package ru.mentoring.command.common.table;

import java.util.List;

/**
 * The rows of an uploaded table, the header first, blank rows after it left out; or why it was not read: more rows
 * than an import takes ({@code problemLine} is the first row over), or a file that is no table of its kind.
 */
public record Table(List<Row> rows, Integer problemLine, String problem) {

    /** One row: the line (or spreadsheet row) it starts on and its cells as text. */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at the column, or blank past the row's end. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    public Table {
        rows = List.copyOf(rows);
    }

    static Table of(List<Row> rows) {
        return new Table(rows, null, null);
    }

    static Table refused(int line, String problem) {
        return new Table(List.of(), line, problem);
    }

    public boolean refused() {
        return problem != null;
    }
}
