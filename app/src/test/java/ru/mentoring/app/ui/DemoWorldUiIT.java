package ru.mentoring.app.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.app.TestDatabase;
import ru.mentoring.app.demo.DemoWorld;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code MENTORING_DEMO=true} on an empty database: the seeds' world is there through the commands — ten
 * organizations of Kogalym, its figures and targets, three road maps with items done and overdue, the gymnasium's
 * program mid-way with five pairs fixed, meetings held and one pair stalled by the engine's own deadline, and an
 * account per role whose password is printed once; the demo curator signs in and sees the program's page. Asked
 * again, on a database that holds events, the load is refused and nothing is added.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoWorldUiIT extends BrowserIT {

    @Test
    void theDemoWorldLoadsIntoAnEmptyDatabaseOnlyAndItsProgramIsMidWay(CapturedOutput output) {
        TestDatabase database = TestDatabase.fresh();
        try (ConfigurableApplicationContext app = database.start("--mentoring.demo=true",
                "--db-scheduler.polling-interval=1s")) {
            port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Matcher curator = Pattern.compile("demo\\.curator / (\\S+)").matcher(output.getOut());
            assertThat(curator.find()).as("the demo curator's password is printed").isTrue();
            assertThat(output.getOut()).contains("demo.region / ", "demo.coordinator / ", "demo.auditor / ",
                    "API client ");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(jdbc.sql("SELECT count(*) FROM organization_directory WHERE municipality = 'город Когалым'")
                        .query(Integer.class).single()).isEqualTo(10);
                Map<String, Object> program = jdbc.sql("""
                                SELECT v.stage, v.pairs_fixed, v.mentee_base_formed, v.mentor_base_formed,
                                       v.training_sessions, v.informing_events
                                  FROM program_overview v JOIN organization_directory o
                                    ON o.organization_id = v.organization_id
                                 WHERE o.name = 'МБОУ «Гимназия № 2»'""").query().singleRow();
                assertThat(program).containsEntry("stage", "MEETINGS").containsEntry("pairs_fixed", 5)
                        .containsEntry("mentee_base_formed", true).containsEntry("mentor_base_formed", true)
                        .containsEntry("training_sessions", 3).containsEntry("informing_events", 3);
                assertThat(jdbc.sql("SELECT count(*) FROM pair_progress WHERE status = 'ACTIVE'")
                        .query(Integer.class).single()).isEqualTo(5);
                assertThat(jdbc.sql("SELECT count(*) FROM pair_progress WHERE stalled").query(Integer.class)
                        .single()).as("one pair stalled").isOne();
                assertThat(jdbc.sql("SELECT sum(meetings_regular) FROM pair_progress").query(Integer.class)
                        .single()).isEqualTo(8);
                assertThat(jdbc.sql("SELECT count(*) FROM road_map_progress WHERE approved_revision > 0")
                        .query(Integer.class).single()).isEqualTo(3);
                assertThat(jdbc.sql("SELECT count(*) FROM reporting.road_map_progress WHERE done > 0")
                        .query(Integer.class).single()).as("items done in each").isEqualTo(3);
                assertThat(jdbc.sql("SELECT count(*) FROM reporting.road_map_progress WHERE overdue > 0")
                        .query(Integer.class).single()).as("items overdue where some were due by now")
                        .isGreaterThanOrEqualTo(2);
            });
            assertThat(jdbc.sql("SELECT count(*) FROM kpi_target WHERE municipality = 'город Когалым'")
                    .query(Integer.class).single()).isGreaterThanOrEqualTo(12);
            assertThat(jdbc.sql("SELECT count(*) FROM ui_user WHERE username LIKE 'demo.%'").query(Integer.class)
                    .single()).isEqualTo(4);

            long events = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
            assertThat(app.getBean(DemoWorld.class).load()).as("a second load is refused").isEmpty();
            assertThat(jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single())
                    .isEqualTo(events);
            assertThat(output.getOut()).contains("Demo data is loaded into an empty database only");

            UUID program = jdbc.sql("""
                            SELECT r.program_id FROM program_registry r JOIN organization_directory o
                              ON o.organization_id = r.organization_id WHERE o.name = 'МБОУ «Гимназия № 2»'""")
                    .query(UUID.class).single();
            signIn("demo.curator", curator.group(1));
            open("/ui/programs/" + program);
            assertThat(waitFor(By.id("stages")).getText()).contains("работа пар и групп");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Гимназия № 2");
            screenshot("demo-program");
        }
    }
}
