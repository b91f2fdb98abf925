package ru.mentoring.command.common.table;

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
 * Reads the first sheet of an XLSX workbook, each row with its spreadsheet row number. Cells read as the spreadsheet
 * shows them; a date cell as 31.12.2021. The sheet is streamed (POI's event reader), not built in memory, and reading
 * stops at the first row over the limit; a part of the workbook that unpacks to more than {@link #MAX_PART_SIZE}, or
 * a hundred times its packed size, is refused as a zip bomb before it is unpacked.
 */
public final class XlsxTable {

    /** The most one part of a workbook may unpack to: a sheet of 5,000 rows is a few megabytes. */
    public static final long MAX_PART_SIZE = 20L * 1024 * 1024;

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    static {
        // POI's guards are process-wide settings; set when this class loads, they hold before any workbook opens.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_SIZE);
        IOUtils.setByteArrayMaxOverride((int) MAX_PART_SIZE);
    }

    private XlsxTable() {
    }

    /**
     * The rows of the first sheet, each padded to {@code width} cells (trailing blank cells past it dropped), or a
     * refusal when the file is not a workbook or unpacks to too much.
     */
    public static Table read(InputStream xlsx, int width, int maxRows) {
        Path file = null;
        try {
            // a workbook opened from a file unpacks only the parts read, each checked as it streams
            file = Files.createTempFile("table-import-", ".xlsx");
            Files.copy(xlsx, file, StandardCopyOption.REPLACE_EXISTING);
            return read(file, width, maxRows);
        } catch (IOException e) {
            return Table.refused(1, "файл не читается как книга Excel (XLSX)");
        } finally {
            deleteQuietly(file);
        }
    }

    private static Table read(Path file, int width, int maxRows) {
        TableRows rows = new TableRows(maxRows);
        try {
            OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                XSSFReader reader = new XSSFReader(workbook);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook), new SheetRows(rows, width), new DottedDates(),
                        false));
                try (InputStream sheet = reader.getSheetsData().next()) {
                    parser.parse(new InputSource(sheet));
                }
            } finally {
                // revert(), not close(): close() is for saving, and on a package opened to read only warns
                workbook.revert();
            }
        } catch (Exception e) {
            if (rows.overflowed()) {
                return rows.table();
            }
            return Table.refused(1, isZipBomb(e)
                    ? "книга Excel распаковывается в слишком большой объём (больше 20 МБ или во сто крат больше "
                    + "файла): сохраните в ней только таблицу или разделите её"
                    : "файл не читается как книга Excel (XLSX)");
        }
        return rows.table();
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

    /** The cells of each row as text, at their columns, handed on to {@link TableRows} row by row. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TableRows rows;
        private final int width;
        private final List<String> cells = new ArrayList<>();

        SheetRows(TableRows rows, int width) {
            this.rows = rows;
            this.width = width;
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
            while (cells.size() < width) {
                cells.add("");
            }
            while (cells.size() > width && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (!rows.add(new Table.Row(rowNum + 1, cells))) {
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
