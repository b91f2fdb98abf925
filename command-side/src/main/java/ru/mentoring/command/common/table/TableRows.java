package ru.mentoring.command.common.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table as a reader finds them. Past {@code maxRows} rows with something in them it takes no more,
 * so that the reader stops instead of reading the rest of a file that is refused anyway. Blank rows after the first
 * are left out: imports skip them, and a sheet formatted far down holds thousands.
 */
final class TableRows {

    private final int maxRows;
    private final List<Table.Row> rows = new ArrayList<>();
    private int dataRows;
    private int overflowLine;

    TableRows(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Takes a row; {@code false} once there are more than an import takes and the reader should stop. */
    boolean add(Table.Row row) {
        if (overflowLine > 0) {
            return false;
        }
        if (rows.isEmpty()) {
            rows.add(row);
            return true;
        }
        if (row.blank()) {
            return true;
        }
        if (++dataRows > maxRows) {
            overflowLine = row.line();
            return false;
        }
        rows.add(row);
        return true;
    }

    boolean overflowed() {
        return overflowLine > 0;
    }

    Table table() {
        return overflowed()
                ? Table.refused(overflowLine, "в файле больше " + maxRows + " строк: разделите его на несколько файлов")
                : Table.of(rows);
    }
}
