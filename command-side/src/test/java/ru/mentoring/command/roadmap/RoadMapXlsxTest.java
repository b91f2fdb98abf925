package ru.mentoring.command.roadmap;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.roadmap.ItemContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoadMapXlsxTest {

    /** A workbook as a curator would save it: the header of seed 001, then the rows given. */
    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Дорожная карта");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            List<Object> header = List.of("№", "Содержание", "Ожидаемый результат (вид документа)",
                    "Показатели эффективности", "Сроки", "Ответственные");
            int number = 0;
            for (List<Object> values : concat(header, rows)) {
                Row row = sheet.createRow(number++);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value instanceof LocalDate day) {
                        row.createCell(column).setCellValue(day);
                        row.getCell(column).setCellStyle(date);
                    } else if (value instanceof Number figure) {
                        row.createCell(column).setCellValue(figure.doubleValue());
                    } else {
                        row.createCell(column).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<List<Object>> concat(List<Object> header, List<List<Object>> rows) {
        List<List<Object>> all = new java.util.ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    @Test
    void readsTheItemsOfTheFirstSheet() throws IOException {
        byte[] xlsx = workbook(List.of(
                List.of(5, "Формирование наставнических пар / групп", "Издан приказ «Об утверждении наставнических "
                        + "пар/групп»", "Сформированы наставнические пары или группы", "Декабрь 2021",
                        "Олехнович Е.М.; Пухова С.В."),
                List.of("6", "Оформление согласий на обработку персональных данных", "", "100% участников",
                        LocalDate.of(2021, 12, 31), "Наставники")));

        RoadMapImport.Result result = RoadMapXlsx.read(new ByteArrayInputStream(xlsx));

        assertThat(result.rejections()).isEmpty();
        assertThat(result.items()).extracting(ItemContent::number).containsExactly("5", "6");
        assertThat(result.items().get(0).responsible()).containsExactly("Олехнович Е.М.", "Пухова С.В.");
        assertThat(result.items().get(1).schedule().end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(result.items().get(1).expectedResult()).isNull();
    }

    @Test
    void reportsBadRowsByTheirSpreadsheetRow() throws IOException {
        byte[] xlsx = workbook(List.of(
                List.of("1", "Формирование Базы наставников", "", "", "В течение всего периода", "Олехнович Е.М."),
                List.of("2", "", "", "", "Май 2022", "")));

        RoadMapImport.Result result = RoadMapXlsx.read(new ByteArrayInputStream(xlsx));

        assertThat(result.rejections()).containsExactly(new RoadMapImport.Rejection(3, "не указано содержание мероприятия"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRejected() {
        RoadMapImport.Result result = RoadMapXlsx.read(new ByteArrayInputStream("№;Содержание".getBytes(StandardCharsets.UTF_8)));

        assertThat(result.items()).isEmpty();
        assertThat(result.rejections()).singleElement().extracting(RoadMapImport.Rejection::reason).asString()
                .contains("XLSX");
    }
}
