package ru.mentoring.command.roadmap;

import ru.mentoring.command.common.table.XlsxTable;

import java.io.InputStream;

/**
 * Reads the rows of a road-map import from the first sheet of an XLSX workbook ({@link XlsxTable}: streamed, a zip
 * bomb refused before it is unpacked), stopping at the first row over {@link RoadMapImport#MAX_ROWS}.
 */
public final class RoadMapXlsx {

    private RoadMapXlsx() {
    }

    /** The rows read, or a single rejection when the file is not a workbook or unpacks to too much. */
    public static RoadMapImport.Result read(InputStream xlsx) {
        return RoadMapImport.read(XlsxTable.read(xlsx, RoadMapImport.COLUMNS.size(), RoadMapImport.MAX_ROWS));
    }
}
