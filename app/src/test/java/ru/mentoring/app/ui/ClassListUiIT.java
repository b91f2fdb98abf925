package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.ChooseMentoringForms;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.app.TestSchool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator uploads a class list in the browser: a file over the request limit is answered with the UI's Russian
 * page saying the limit, a file with a bad row is checked and refused with the row and the reason, nothing loaded;
 * the corrected file shows who the register already has, and its import runs with a progress bar to its end, the
 * base then holding everyone.
 */
class ClassListUiIT extends BrowserIT {

    private static final String HEADER = "Фамилия;Имя;Отчество;Дата рождения;Категория;Класс или должность;Стаж, лет;"
            + "Электронная почта;Телефон;Законный представитель;Согласие;Дата согласия;Запрос или компетенции;"
            + "Число наставляемых;Предприятие\n";

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCuratorChecksAClassListSeesTheBadRowThenImportsTheCorrectedOneWithAProgressBar() throws IOException {
        TestSchool school = TestSchool.register(commands, "Школа классных списков");
        MetaData curator = school.asCurator("curator@class-list");
        ProgramId program = ProgramId.random();
        commands.sendAndWait(new CreateProgram(program, school.id(), AcademicPeriod.parse("2026-2027"),
                "Программа с классными списками"), curator);
        commands.sendAndWait(new ChooseMentoringForms(program, Set.of(MentoringForm.STUDENT_STUDENT)), curator);
        String surname = "Списочная" + UUID.randomUUID().toString().substring(0, 5);
        commands.sendAndWait(new RegisterPerson(new PersonId(UUID.randomUUID()), surname, "Ученица3", null,
                LocalDate.of(2012, 3, 4), null, null), curator);
        StringBuilder good = new StringBuilder(HEADER);
        for (int i = 0; i < 300; i++) {
            good.append(surname).append(";Ученица").append(i).append(";;0").append(1 + i % 9).append(".03.2012;")
                    .append("обучающийся;6А;;;;Мать;да;01.09.2026;Уверенность на уроках;;\n");
        }
        Path bad = Files.writeString(Files.createTempFile("class-list-bad", ".csv"),
                good.toString().replaceFirst(";обучающийся;", ";ученица;"), StandardCharsets.UTF_8);
        Path corrected = Files.writeString(Files.createTempFile("class-list", ".csv"), good, StandardCharsets.UTF_8);

        StringBuilder huge = new StringBuilder(HEADER);
        while (huge.length() <= 3 * 1024 * 1024) {
            huge.append(good, HEADER.length(), good.length());
        }
        Path tooLarge = Files.writeString(Files.createTempFile("class-list-huge", ".csv"), huge, StandardCharsets.UTF_8);

        signInAs(school.curator("curator@class-list"), "Куратор списков");
        open("/ui/programs/" + program.value() + "/mentees");
        click(By.cssSelector("#class-list summary"));
        assertThat(browser.findElement(By.id("class-list-template")).getAttribute("href"))
                .endsWith("/api/programs/" + program.value() + "/class-list-template");
        browser.findElement(By.id("class-list-file")).sendKeys(tooLarge.toString());
        submit("class-list-form");
        assertThat(waitFor(By.id("failure")).getText()).startsWith("Файл или данные формы больше 2 МБ");
        screenshot("class-list-too-large");

        open("/ui/programs/" + program.value() + "/mentees");
        click(By.cssSelector("#class-list summary"));
        browser.findElement(By.id("class-list-file")).sendKeys(bad.toString());
        submit("class-list-form");
        assertThat(waitFor(By.id("class-list-rejected")).getText()).contains("Ничего не будет загружено");
        assertThat(browser.findElement(By.id("rejections")).getText()).contains("2", "категория «ученица»");
        assertThat(browser.findElements(By.id("class-list-run"))).isEmpty();

        open("/ui/programs/" + program.value() + "/mentees");
        click(By.cssSelector("#class-list summary"));
        browser.findElement(By.id("class-list-file")).sendKeys(corrected.toString());
        submit("class-list-form");
        assertThat(waitFor(By.id("class-list-new")).getText()).isEqualTo("Новых в реестре: 299.");
        assertThat(browser.findElement(By.id("known")).getText()).contains(surname + " Ученица3", "04.03.2012");
        screenshot("class-list-check");
        submit("class-list-run");
        assertThat(waitFor(By.id("class-list-progress")).getAttribute("max")).isEqualTo("300");
        screenshot("class-list-progress");
        assertThat(waitFor(By.id("class-list-done")).getText())
                .isEqualTo("Загружено участников: 300; новых в реестре — 299, уже известных — 1.");
        assertThat(browser.findElement(By.id("class-list-progress")).getAttribute("value")).isEqualTo("300");
        screenshot("class-list-done");
        assertThat(jdbc.sql("SELECT count(*) FROM person_register WHERE last_name = ?").param(surname)
                .query(Integer.class).single()).isEqualTo(300);
    }
}
