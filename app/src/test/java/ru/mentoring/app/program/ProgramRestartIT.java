package ru.mentoring.app.program;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.app.MentoringApplication;
import ru.mentoring.app.TestDatabase;
import ru.mentoring.app.TestSchool;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops the application and starts it again on the same database: the program is still there, and the
 * projection resumes from its stored token instead of handling the old event a second time.
 */
class ProgramRestartIT {

    private final TestDatabase database = TestDatabase.fresh();
    private TestSchool school;

    @Test
    void programSurvivesARestartAndIsProjectedOnce() {
        ProgramId first = ProgramId.random();
        try (ConfigurableApplicationContext app = start(new DeliveryRecorder())) {
            school = TestSchool.register(app.getBean(CommandGateway.class), "МАОУ СОШ № 1");
            create(app, first, "Программа наставничества «Учитель – ученик»");
            await().atMost(Duration.ofSeconds(20)).until(() -> registryTitle(app, first) != null);
            assertThat(recorder(app).delivered()).containsExactly(first);
        }

        ProgramId second = ProgramId.random();
        try (ConfigurableApplicationContext app = start(new DeliveryRecorder())) {
            assertThat(registryTitle(app, first)).isEqualTo("Программа наставничества «Учитель – ученик»");

            create(app, second, "Программа наставничества «Ученик – ученик»");
            await().atMost(Duration.ofSeconds(20)).until(() -> registryTitle(app, second) != null);

            // the processor picked up after its stored token: the first program's event was not handed over again
            assertThat(recorder(app).delivered()).containsExactly(second);
            assertThat(jdbc(app).sql("SELECT count(*) FROM program_registry").query(Long.class).single())
                    .isEqualTo(2);
            // the school's registration and the two programs, each stored once
            assertThat(jdbc(app).sql("SELECT count(*) FROM domainevententry").query(Long.class).single())
                    .isEqualTo(3);
        }
    }

    private ConfigurableApplicationContext start(DeliveryRecorder recorder) {
        return new SpringApplicationBuilder(MentoringApplication.class)
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean(DeliveryRecorder.class, () -> recorder))
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.properties().get("spring.datasource.username"),
                        "--spring.datasource.password=" + database.properties().get("spring.datasource.password"));
    }

    private void create(ConfigurableApplicationContext app, ProgramId id, String title) {
        app.getBean(CommandGateway.class).sendAndWait(
                new CreateProgram(id, school.id(), AcademicPeriod.parse("2021-2022"), title),
                school.asCurator("curator@school1"));
    }

    private static DeliveryRecorder recorder(ConfigurableApplicationContext app) {
        return app.getBean(DeliveryRecorder.class);
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class);
    }

    private static String registryTitle(ConfigurableApplicationContext app, ProgramId id) {
        return jdbc(app).sql("SELECT title FROM program_registry WHERE program_id = ?").param(id.value())
                .query(String.class).optional().orElse(null);
    }
}
