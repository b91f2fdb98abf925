package ru.mentoring.app.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.ChooseMentoringForms;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;
import ru.mentoring.command.common.table.Table;
import ru.mentoring.command.common.table.XlsxTable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A class list into a program's bases over the API: a thousand pupils in one CSV — one of them already in the register
 * and recognised, not registered again — checked by a dry run, then imported with their consents; a list with bad
 * rows refused whole, every bad row named and nothing imported; a workbook of mentors; the template to fill in; and a
 * list the program refuses (someone already in the base) leaves nothing, not even the people it registered.
 */
class ClassListImportIT extends ApplicationIT {

    private static final String HEADER = "Фамилия;Имя;Отчество;Дата рождения;Категория;Класс или должность;Стаж, лет;"
            + "Электронная почта;Телефон;Законный представитель;Согласие;Дата согласия;Запрос или компетенции;"
            + "Число наставляемых;Предприятие\n";

    @Autowired
    private TestRestTemplate http;
    @LocalServerPort
    private int port;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;

    private HttpHeaders curator;
    private MetaData asCurator;
    private ProgramId program;
    private String surname;

    @BeforeEach
    void program() {
        TestSchool school = TestSchool.register(commands, "Школа списков");
        asCurator = school.asCurator("curator@lists");
        curator = new ApiClient(http, port, keys).as(school.curator("curator@lists"));
        program = ProgramId.random();
        commands.sendAndWait(new CreateProgram(program, school.id(), AcademicPeriod.parse("2026-2027"),
                "Программа классных списков"), asCurator);
        commands.sendAndWait(new ChooseMentoringForms(program, Set.of(MentoringForm.STUDENT_STUDENT,
                MentoringForm.TEACHER_STUDENT, MentoringForm.EMPLOYER_STUDENT)), asCurator);
        surname = "Списков" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aThousandPupilsAreImportedOnceCheckedAndTheOneTheRegisterKnowsIsNotRegisteredAgain() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1000; i++) {
            csv.append(surname).append(";Ученик").append(i).append(";Иванович;").append(birth(i)).append(
                    ";обучающийся;7А;;;;Родитель ").append(i).append(";да;01.09.2026;Подтянуть математику;;\n");
        }
        PersonId known = new PersonId(UUID.randomUUID());
        commands.sendAndWait(new RegisterPerson(known, surname, "Ученик7", "Иванович", LocalDate.parse(birthIso(7)),
                null, null), asCurator);

        JsonNode preview = post("mentees", "true", csv.toString(), "text/csv", 200);
        assertThat(preview.path("rows").asInt()).isEqualTo(1000);
        assertThat(preview.path("newPeople").asInt()).isEqualTo(999);
        assertThat(preview.path("recognised")).hasSize(1);
        assertThat(preview.path("recognised").get(0).path("personId").asText()).isEqualTo(known.toString());
        assertThat(preview.path("recognised").get(0).path("line").asInt()).isEqualTo(9);
        assertThat(preview.path("rejections")).isEmpty();
        assertThat(registered()).as("a dry run registers no one").isOne();

        long started = System.nanoTime();
        JsonNode imported = post("mentees", "false", csv.toString(), "text/csv", 200);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("class list: 1000 rows imported in %d ms%n", millis);

        assertThat(imported.path("imported").asInt()).isEqualTo(1000);
        assertThat(imported.path("registered").asInt()).isEqualTo(999);
        assertThat(imported.path("recognised").asInt()).isOne();
        assertThat(registered()).as("the one the register knew is not registered twice").isEqualTo(1000);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT count(*) FROM participant_base
                         WHERE program_id = ? AND role = 'MENTEE' AND consent = 'GIVEN' AND grade = '7А'""")
                .param(program.value()).query(Integer.class).single()).isEqualTo(1000));
    }

    @Test
    void aListWithBadRowsIsRefusedWholeEveryBadRowNamed() {
        String csv = HEADER
                + surname + ";Анна;;12.03.2012;обучающийся;6Б;;;;Мать;да;01.09.2026;Запрос;;\n"
                + surname + ";Борис;;31.02.2012;обучающийся;6Б;;;;Отец;да;01.09.2026;Запрос;;\n"
                + surname + ";Вера;;01.04.2012;ученица;6Б;;;;Мать;да;01.09.2026;Запрос;;\n"
                + surname + ";Глеб;;01.05.2012;обучающийся;6Б;;;;;да;01.09.2026;Запрос;;\n"
                + surname + ";Анна;;12.03.2012;обучающийся;6Б;;;;Мать;нет;;Запрос;;\n";

        JsonNode refused = post("mentees", "false", csv, "text/csv", 422);

        assertThat(refused.path("code").asText()).isEqualTo("class-list.rejected");
        assertThat(refused.path("rows").findValuesAsText("line")).containsExactly("3", "4", "5", "6");
        assertThat(refused.path("rows").get(0).path("reason").asText()).contains("31.02.2012");
        assertThat(refused.path("rows").get(1).path("reason").asText()).contains("категория «ученица»");
        assertThat(refused.path("rows").get(2).path("reason").asText()).contains("законный представитель");
        assertThat(refused.path("rows").get(3).path("reason").asText()).contains("строке 2");
        assertThat(registered()).as("nothing imported").isZero();
    }

    @Test
    void mentorsComeFromAWorkbookAndTheTemplateHasTheColumns() throws IOException {
        byte[] template = http.exchange("http://localhost:" + port + "/api/programs/" + program.value()
                + "/class-list-template", HttpMethod.GET, new HttpEntity<>(curator), byte[].class).getBody();
        Table columns = XlsxTable.read(new ByteArrayInputStream(template), 15, 10);
        assertThat(columns.rows().get(0).cells()).containsExactly(HEADER.strip().split(";"));

        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.getSheetAt(0);
            String[][] rows = {
                    {surname, "Ольга", "Петровна", "14.02.1980", "педагог", "учитель математики", "20", "", "", "",
                            "да", "01.09.2026", "Олимпиадная математика", "2", ""},
                    {surname, "Сергей", "", "03.07.1985", "представитель работодателя", "инженер", "", "", "", "",
                            "да", "02.09.2026", "Инженерные проекты", "", "ООО «Когалымнефть»"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        JsonNode imported = post("mentors", "false", workbook,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 200);
        assertThat(imported.path("imported").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT count(*) FROM participant_base WHERE program_id = ? AND role = 'MENTOR'
                           AND consent = 'GIVEN'""")
                .param(program.value()).query(Integer.class).single()).isEqualTo(2));
    }

    @Test
    void aListTheProgramRefusesLeavesNoOneItRegistered() {
        String first = HEADER + surname + ";Дина;;12.03.2012;обучающийся;6Б;;;;Мать;да;01.09.2026;Запрос;;\n";
        post("mentees", "false", first, "text/csv", 200);
        String again = first + surname + ";Ева;;13.03.2012;обучающийся;6Б;;;;Мать;да;01.09.2026;Запрос;;\n";

        JsonNode refused = post("mentees", "false", again, "text/csv", 422);

        assertThat(refused.path("rows").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(refused.path("rows").get(0).path("reason").asText()).contains("уже входит в базу наставляемых");
        assertThat(jdbc.sql("SELECT count(*) FROM person_register WHERE first_name = 'Ева' AND last_name = ?")
                .param(surname).query(Integer.class).single()).as("the person registered for it is erased")
                .isZero();
    }

    private JsonNode post(String base, String dryRun, Object body, String type, int status) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(curator);
        headers.setContentType(MediaType.parseMediaType(type));
        ResponseEntity<String> answer = http.exchange("http://localhost:" + port + "/api/programs/"
                        + program.value() + "/" + base + "/import?dryRun=" + dryRun, HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        return ApiClient.parse(answer.getBody());
    }

    private int registered() {
        return jdbc.sql("SELECT count(*) FROM person_register WHERE last_name = ? AND erased_at IS NULL")
                .param(surname).query(Integer.class).single();
    }

    private static String birth(int i) {
        LocalDate date = LocalDate.parse(birthIso(i));
        return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String birthIso(int i) {
        return LocalDate.of(2010, 1, 1).plusDays(i * 3L).toString();
    }
}
