package ru.mentoring.command.program;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.command.common.table.CsvTable;
import ru.mentoring.command.common.table.Table;
import ru.mentoring.command.common.table.XlsxTable;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.RequestOrigin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Class lists into a program's bases: {@code POST /api/programs/{id}/mentees/import} and {@code …/mentors/import},
 * the body a CSV ({@code text/csv}) or XLSX workbook with the columns of {@link ClassList#COLUMNS}. With
 * {@code ?dryRun=true} it says what it would do — the rows, the people the register already has, the rows
 * rejected — and changes nothing; otherwise it imports all rows, or none (422 listing every bad row).
 * {@code GET /api/programs/{id}/class-list-template} is the workbook to fill in.
 */
@RestController
@RequestMapping("/api/programs/{programId}")
class ClassListController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private final ClassListImport imports;

    ClassListController(ClassListImport imports) {
        this.imports = imports;
    }

    /** A participant of a dry run whom the register already has. */
    record Known(int line, UUID personId, String name, String birthDate) {
    }

    /** A dry run's answer. */
    record Preview(int rows, int newPeople, List<Known> recognised, List<ClassList.Rejection> rejections) {
    }

    /** A row imported, and its person. */
    record Imported(int line, UUID personId) {
    }

    /** An import's answer. */
    record Outcome(int imported, int registered, int recognised, List<Imported> people) {
    }

    @PostMapping(path = "/{base}/import", consumes = "text/csv")
    ResponseEntity<?> importCsv(@PathVariable UUID programId, @PathVariable String base,
                                @RequestParam(defaultValue = "false") boolean dryRun, @RequestBody String csv,
                                RequestOrigin origin) {
        return handle(programId, base, dryRun, CsvTable.read(csv, ClassList.MAX_ROWS), origin);
    }

    @PostMapping(path = "/{base}/import", consumes = XLSX)
    ResponseEntity<?> importXlsx(@PathVariable UUID programId, @PathVariable String base,
                                 @RequestParam(defaultValue = "false") boolean dryRun, @RequestBody byte[] xlsx,
                                 RequestOrigin origin) {
        return handle(programId, base, dryRun, XlsxTable.read(new ByteArrayInputStream(xlsx),
                ClassList.COLUMNS.size(), ClassList.MAX_ROWS), origin);
    }

    @GetMapping(path = "/class-list-template", produces = XLSX)
    ResponseEntity<byte[]> template(@PathVariable UUID programId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("список-участников.xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(XLSX))
                .body(template());
    }

    @ExceptionHandler
    ProblemDetail rejected(ClassListImport.Rejected rejected) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "class-list.rejected",
                rejected.getMessage());
        problem.setProperty("rows", rejected.rows());
        return problem;
    }

    private ResponseEntity<?> handle(UUID programId, String base, boolean dryRun, Table table, RequestOrigin origin) {
        ProgramId program = new ProgramId(programId);
        if (!base.equals("mentees") && !base.equals("mentors")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "a list goes into «mentees» or «mentors»");
        }
        ClassList.Base which = ClassList.Base.valueOf(base.toUpperCase(Locale.ROOT));
        if (dryRun) {
            ClassListImport.Preview preview = imports.preview(program, which, table);
            List<Known> known = preview.entries().stream().filter(entry -> preview.known().containsKey(entry.line()))
                    .map(entry -> new Known(entry.line(), preview.known().get(entry.line()).value(),
                            entry.fullName(), DOTTED.format(entry.birthDate())))
                    .toList();
            return ResponseEntity.ok(new Preview(preview.entries().size(),
                    preview.entries().size() - known.size(), known, preview.rejections()));
        }
        ClassListImport.Outcome outcome = imports.run(program, which, table, origin.metaData(), done -> { });
        return ResponseEntity.ok(new Outcome(outcome.imported(), outcome.registered(), outcome.recognised(),
                outcome.people().entrySet().stream().map(e -> new Imported(e.getKey(), e.getValue().value()))
                        .toList()));
    }

    /** The workbook to fill in: the columns on the first sheet, what goes in them on the second. */
    static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet list = workbook.createSheet("Список");
            Row header = list.createRow(0);
            for (int i = 0; i < ClassList.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(ClassList.COLUMNS.get(i));
                header.getCell(i).setCellStyle(bold);
                list.setColumnWidth(i, 22 * 256);
            }
            Sheet help = workbook.createSheet("Как заполнять");
            List<String[]> lines = List.of(
                    new String[]{"Столбец", "Что писать"},
                    new String[]{"Фамилия, Имя, Отчество", "как в документах; отчество — если есть"},
                    new String[]{"Дата рождения", "31.12.2010"},
                    new String[]{"Категория", "наставляемые: обучающийся, студент, педагог, молодой специалист, "
                            + "новый педагог, педагог без педагогического образования; наставники: обучающийся, "
                            + "студент, педагог, представитель работодателя, выпускник, руководитель, "
                            + "педагог вуза или колледжа"},
                    new String[]{"Класс или должность", "класс обучающегося (7А) — не длиннее 10 знаков"},
                    new String[]{"Стаж, лет", "для педагогов — обязательно у наставляемых"},
                    new String[]{"Электронная почта, Телефон", "по желанию"},
                    new String[]{"Законный представитель", "обязательно, если согласие дано за несовершеннолетнего"},
                    new String[]{"Согласие", "да или нет — согласие на обработку персональных данных"},
                    new String[]{"Дата согласия", "обязательно, если согласие дано"},
                    new String[]{"Запрос или компетенции", "наставляемые — запрос; наставники — компетенции"},
                    new String[]{"Число наставляемых", "для наставников, от 1 до 20 (по умолчанию 1)"},
                    new String[]{"Предприятие", "для представителя работодателя — обязательно"},
                    new String[]{"", "Человек, который уже есть в реестре (те же ФИО и дата рождения), не "
                            + "регистрируется заново. Если хоть одна строка с ошибкой — не загружается ничего."});
            for (int i = 0; i < lines.size(); i++) {
                Row row = help.createRow(i);
                row.createCell(0).setCellValue(lines.get(i)[0]);
                row.createCell(1).setCellValue(lines.get(i)[1]);
            }
            help.setColumnWidth(0, 30 * 256);
            help.setColumnWidth(1, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the class list template cannot be written", e);
        }
    }
}
