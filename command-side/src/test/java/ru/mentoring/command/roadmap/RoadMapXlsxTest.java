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
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
        List<List<Object>> all = new ArrayList<>();
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

    @Test
    void refusesASheetOfMoreRowsThanOneImportTakes() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int number = 1; number <= RoadMapImport.MAX_ROWS + 1; number++) {
            rows.add(List.of(number, "Встреча наставника с наставляемым", "", "", "Май 2022", "Наставники"));
        }

        RoadMapImport.Result result = RoadMapXlsx.read(new ByteArrayInputStream(workbook(rows)));

        assertThat(result.items()).isEmpty();
        assertThat(result.rejections()).containsExactly(
                new RoadMapImport.Rejection(5002, "в файле больше 5000 строк: разделите его на несколько файлов"));
    }

    @Test
    void refusesAZipBombWithoutUnpackingIt() throws IOException {
        // 50 MB of one letter packs to some 50 KB: a thousand to one
        byte[] bomb = withSheet(sheet -> {
            sheet.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            char[] letters = "a".repeat(1024 * 1024).toCharArray();
            for (int megabyte = 0; megabyte < 50; megabyte++) {
                sheet.write(letters);
            }
            sheet.write("</t></is></c></row>");
        });

        RoadMapImport.Result result = RoadMapXlsx.read(new ByteArrayInputStream(bomb));

        assertThat(result.items()).isEmpty();
        assertThat(result.rejections()).singleElement().extracting(RoadMapImport.Rejection::reason).asString()
                .startsWith("книга Excel распаковывается в слишком большой объём");
    }

    @Test
    void refusesASheetThatUnpacksToMoreThan20Megabytes() throws IOException {
        // some 24 MB of rows packed forty to one: not a bomb by its ratio, only by its size
        byte[] large = withSheet(sheet -> {
            for (int row = 1; row < 200_000; row++) {
                sheet.write("<row r=\"" + row + "\" customFormat=\"false\" ht=\"12.8\" hidden=\"false\" "
                        + "customHeight=\"false\" outlineLevel=\"0\" collapsed=\"false\"/>");
            }
        });
        assertThat(large.length).isLessThan(1024 * 1024);

        RoadMapImport.Result result = RoadMapXlsx.read(new ByteArrayInputStream(large));

        assertThat(result.rejections()).singleElement().extracting(RoadMapImport.Rejection::reason).asString()
                .startsWith("книга Excel распаковывается в слишком большой объём");
    }

    /** Writes the sheet's XML between its opening and closing. */
    private interface SheetData {
        void write(Writer sheet) throws IOException;
    }

    /** A workbook of the header only, its first sheet's rows replaced by those written. */
    private static byte[] withSheet(SheetData rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook(List.of())));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    Writer sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet "
                            + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                    rows.write(sheet);
                    sheet.write("</sheetData></worksheet>");
                    sheet.flush();
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
