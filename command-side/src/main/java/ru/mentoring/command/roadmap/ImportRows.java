package ru.mentoring.command.roadmap;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an import as a reader finds them. Past {@link RoadMapImport#MAX_ROWS} rows with something in them
 * it takes no more, so that the reader stops instead of reading the rest of a file that is refused anyway. Blank
 * rows after the first are left out: the import skips them, and a sheet formatted far down holds thousands.
 */
final class ImportRows {

    private final List<RoadMapImport.Row> rows = new ArrayList<>();
    private int dataRows;
    private int overflowLine;

    /** Takes a row; {@code false} once there are more than an import takes and the reader should stop. */
    boolean add(RoadMapImport.Row row) {
        if (overflowLine > 0) {
            return false;
        }
        if (rows.isEmpty()) {
            rows.add(row);
            return true;
        }
        if (row.cells().stream().allMatch(String::isBlank)) {
            return true;
        }
        if (++dataRows > RoadMapImport.MAX_ROWS) {
            overflowLine = row.line();
            return false;
        }
        rows.add(row);
        return true;
    }

    boolean overflowed() {
        return overflowLine > 0;
    }

    RoadMapImport.Result result() {
        return overflowed() ? RoadMapImport.tooManyRows(overflowLine) : RoadMapImport.read(rows);
    }
}
