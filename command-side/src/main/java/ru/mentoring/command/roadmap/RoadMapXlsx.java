package ru.mentoring.command.roadmap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a road-map import from the first sheet of an XLSX workbook, each with its spreadsheet row
 * number. Cells read as the spreadsheet shows them; a date cell as 31.12.2021, the form the terms accept.
 */
public final class RoadMapXlsx {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private RoadMapXlsx() {
    }

    /** The rows read, or a single rejection when the file is not a workbook. */
    public static RoadMapImport.Result read(InputStream xlsx) {
        List<RoadMapImport.Row> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            int width = RoadMapImport.COLUMNS.size();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.max(width, row.getLastCellNum());
                for (int column = 0; column < last; column++) {
                    cells.add(text(row.getCell(column), formatter));
                }
                while (cells.size() > width && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(new RoadMapImport.Row(row.getRowNum() + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            return new RoadMapImport.Result(List.of(),
                    List.of(new RoadMapImport.Rejection(1, "файл не читается как книга Excel (XLSX)")));
        }
        return RoadMapImport.read(rows);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DOTTED);
        }
        return formatter.formatCellValue(cell);
    }
}
