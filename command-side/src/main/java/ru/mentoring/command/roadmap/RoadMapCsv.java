package ru.mentoring.command.roadmap;

import ru.mentoring.command.common.table.CsvTable;

/**
 * Reads the rows of a road-map import from CSV ({@link CsvTable}: ";" or "," separated, quoted fields may span
 * lines), stopping at the first row over {@link RoadMapImport#MAX_ROWS}.
 */
public final class RoadMapCsv {

    private RoadMapCsv() {
    }

    public static RoadMapImport.Result read(String text) {
        return RoadMapImport.read(CsvTable.read(text, RoadMapImport.MAX_ROWS));
    }
}
