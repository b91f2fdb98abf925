package ru.mentoring.query.reporting;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.mentoring.api.reporting.MonitoringForm;
import ru.mentoring.query.support.CsvCells;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Writes monitoring forms as the files staff open: XLSX (one row per organization, one column per figure)
 * and CSV (the same columns; UTF-8 with a byte-order mark and semicolons, as Excel in a Russian locale
 * expects). In the CSV, text cells (names of places and organizations, the submission's reference) go through
 * {@link CsvCells} so that they cannot run as formulas; figures and dates are written as they are.
 */
final class MonitoringFormExport {

    private record Column(String title, Function<MonitoringForm, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Регион", MonitoringForm::region),
            new Column("Муниципалитет", MonitoringForm::municipality),
            new Column("Организация", MonitoringForm::organization),
            new Column("Учебный год", MonitoringForm::period),
            new Column("Программ", MonitoringForm::programs),
            new Column("Наставляемых", MonitoringForm::mentees),
            new Column("из них обучающихся", MonitoringForm::menteeStudents),
            new Column("из них молодых специалистов", MonitoringForm::youngSpecialists),
            new Column("Наставников", MonitoringForm::mentors),
            new Column("из них обучающихся", MonitoringForm::mentorStudents),
            new Column("из них педагогов", MonitoringForm::mentorTeachers),
            new Column("из них представителей работодателей", MonitoringForm::mentorEmployers),
            new Column("Пар и групп закреплено", MonitoringForm::pairsFixed),
            new Column("Пар завершили работу", MonitoringForm::pairsCompleted),
            new Column("Пар расформировано", MonitoringForm::pairsDissolved),
            new Column("Согласия на обработку ПД, %", MonitoringForm::consentPercent),
            new Column("Выполнение индивидуальных планов, %", MonitoringForm::planCompletionPercent),
            new Column("Участие в итоговом мероприятии, %", MonitoringForm::finalEventParticipationPercent),
            new Column("Удовлетворённость наставляемых, %", MonitoringForm::menteeSatisfaction),
            new Column("Удовлетворённость наставников, %", MonitoringForm::mentorSatisfaction),
            new Column("Обучающих занятий наставников", MonitoringForm::trainingSessions),
            new Column("Кейсов", MonitoringForm::cases),
            new Column("Срок представления", MonitoringForm::dueOn),
            new Column("Представлена", MonitoringForm::submittedOn),
            new Column("Реквизиты", MonitoringForm::submissionReference),
            new Column("С опозданием", form -> form.late() ? "да" : "нет"));

    /** How many rows of a sheet the XLSX keeps in memory before it writes them out: a region's is streamed. */
    private static final int ROWS_IN_MEMORY = 200;

    private MonitoringFormExport() {
    }

    static List<String> headers() {
        return COLUMNS.stream().map(Column::title).toList();
    }

    static byte[] csv(List<MonitoringForm> forms) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(";", headers().stream().map(MonitoringFormExport::quoted).toList())).append("\r\n");
        for (MonitoringForm form : forms) {
            csv.append(String.join(";", COLUMNS.stream()
                    .map(column -> quoted(csvCell(column.value().apply(form)))).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<MonitoringForm> forms) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Мониторинг ЦМН");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(COLUMNS.get(i).title());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 18 * 256);
            }
            for (int r = 0; r < forms.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Object value = COLUMNS.get(i).value().apply(forms.get(r));
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(text(value));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String csvCell(Object value) {
        return value instanceof String text ? CsvCells.neutralise(text) : text(value);
    }

    private static String quoted(String text) {
        return text.contains(";") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
