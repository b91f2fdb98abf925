package ru.mentoring.command.roadmap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a road-map import from the first sheet of an XLSX workbook, each with its spreadsheet row
 * number. Cells read as the spreadsheet shows them; a date cell as 31.12.2021, the form the terms accept.
 * The sheet is streamed (POI's event reader), not built in memory, and reading stops at the first row over
 * {@link RoadMapImport#MAX_ROWS}; a part of the workbook that unpacks to more than {@link #MAX_PART_SIZE}, or a
 * hundred times its packed size, is refused as a zip bomb before it is unpacked.
 */
public final class RoadMapXlsx {

    /** The most one part of a workbook may unpack to: a sheet of 5,000 plan rows is a few megabytes. */
    static final long MAX_PART_SIZE = 20L * 1024 * 1024;

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    static {
        // POI's guards are process-wide settings; set when this class loads, they hold before any workbook opens.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_SIZE);
        IOUtils.setByteArrayMaxOverride((int) MAX_PART_SIZE);
    }

    private RoadMapXlsx() {
    }

    /** The rows read, or a single rejection when the file is not a workbook or unpacks to too much. */
    public static RoadMapImport.Result read(InputStream xlsx) {
        Path file = null;
        try {
            // a workbook opened from a file unpacks only the parts read, each checked as it streams
            file = Files.createTempFile("road-map-import-", ".xlsx");
            Files.copy(xlsx, file, StandardCopyOption.REPLACE_EXISTING);
            return read(file);
        } catch (IOException e) {
            return rejected("файл не читается как книга Excel (XLSX)");
        } finally {
            deleteQuietly(file);
        }
    }

    private static RoadMapImport.Result read(Path file) {
        ImportRows rows = new ImportRows();
        try {
            OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                XSSFReader reader = new XSSFReader(workbook);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook), new SheetRows(rows), new DottedDates(), false));
                try (InputStream sheet = reader.getSheetsData().next()) {
                    parser.parse(new InputSource(sheet));
                }
            } finally {
                // revert(), not close(): close() is for saving, and on a package opened to read only warns
                workbook.revert();
            }
        } catch (Exception e) {
            if (rows.overflowed()) {
                return rows.result();
            }
            return rejected(isZipBomb(e)
                    ? "книга Excel распаковывается в слишком большой объём (больше 20 МБ или во сто крат больше "
                    + "файла): сохраните в ней только план или разделите её"
                    : "файл не читается как книга Excel (XLSX)");
        }
        return rows.result();
    }

    private static RoadMapImport.Result rejected(String reason) {
        return new RoadMapImport.Result(List.of(), List.of(new RoadMapImport.Rejection(1, reason)));
    }

    /** POI refuses a zip bomb with an IOException of this message, wherever in the chain it ends up. */
    private static boolean isZipBomb(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** The cells of each row as text, at their columns, handed on to {@link ImportRows} row by row. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final ImportRows rows;
        private final List<String> cells = new ArrayList<>();

        SheetRows(ImportRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            int width = RoadMapImport.COLUMNS.size();
            while (cells.size() < width) {
                cells.add("");
            }
            while (cells.size() > width && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (!rows.add(new RoadMapImport.Row(rowNum + 1, List.copyOf(cells)))) {
                throw new IllegalStateException("more rows than an import takes");
            }
        }
    }

    /** Formats cells as the spreadsheet shows them, but a date always as 31.12.2021. */
    private static final class DottedDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().format(DOTTED);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
