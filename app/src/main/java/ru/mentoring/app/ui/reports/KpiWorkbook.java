package ru.mentoring.app.ui.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.mentoring.api.reporting.KpiReport;
import ru.mentoring.api.reporting.KpiValue;
import ru.mentoring.api.reporting.TargetCheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the KPI table a page shows as a workbook, with Apache POI as the monitoring form's export does: the
 * indicators with numerator, denominator, value, target and whether it is met, and for an organization its
 * own targets below, likewise (a count, the training sessions, has no denominator). Headers in Russian, as the
 * staff who file it read them.
 */
final class KpiWorkbook {

    private static final List<String> HEADERS = List.of("Показатель", "Числитель", "Знаменатель", "Значение, %",
            "Целевое значение, %", "Достигнуто");
    private static final List<String> TARGET_HEADERS = List.of("Цель организации", "Числитель", "Знаменатель",
            "Значение", "Целевое значение", "Достигнуто");

    private KpiWorkbook() {
    }

    static byte[] xlsx(KpiReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("KPI " + report.period());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            int next = 0;
            Row title = sheet.createRow(next++);
            text(title, 0, report.scope() + ", " + report.period() + " учебный год", bold);
            next = header(sheet, next + 1, HEADERS, bold);
            for (KpiValue indicator : report.indicators()) {
                Row row = sheet.createRow(next++);
                text(row, 0, indicator.title(), null);
                number(row, 1, indicator.numerator());
                number(row, 2, indicator.denominator());
                number(row, 3, indicator.value());
                number(row, 4, indicator.target());
                text(row, 5, met(indicator.met()), null);
            }
            if (!report.organizationTargets().isEmpty()) {
                next = header(sheet, next + 1, TARGET_HEADERS, bold);
                for (TargetCheck target : report.organizationTargets()) {
                    Row row = sheet.createRow(next++);
                    text(row, 0, target.title(), null);
                    number(row, 1, target.numerator());
                    number(row, 2, target.denominator());
                    number(row, 3, target.value());
                    number(row, 4, target.target());
                    text(row, 5, met(target.met()), null);
                }
            }
            sheet.setColumnWidth(0, 70 * 256);
            for (int column = 1; column < HEADERS.size(); column++) {
                sheet.setColumnWidth(column, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int header(Sheet sheet, int at, List<String> titles, CellStyle bold) {
        Row row = sheet.createRow(at);
        for (int column = 0; column < titles.size(); column++) {
            text(row, column, titles.get(column), bold);
        }
        return at + 1;
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, Number value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static String met(Boolean met) {
        return met == null ? "—" : met ? "да" : "нет";
    }
}
