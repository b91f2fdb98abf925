package ru.mentoring.app.startup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import ru.mentoring.app.MentoringApplication;
import ru.mentoring.app.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class DatabasePreflightIT {

    private static final TestDatabase DATABASE = TestDatabase.shared();

    private static MockEnvironment environment(String url, boolean createIfMissing) {
        return new MockEnvironment()
                .withProperty("spring.datasource.url", url)
                .withProperty("spring.datasource.username", "postgres")
                .withProperty("spring.datasource.password", "postgres")
                .withProperty("mentoring.database.create-if-missing", String.valueOf(createIfMissing));
    }

    private static void preflight(MockEnvironment environment) {
        new DatabasePreflight().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
    }

    private static String host() {
        return DATABASE.url().replaceFirst("jdbc:postgresql://([^/]+)/.*", "$1");
    }

    @Test
    void passesWhenTheDatabaseAnswers() {
        preflight(environment(DATABASE.url(), false));
    }

    @Test
    void namesTheDatabaseThatDoesNotAnswer() {
        assertThatThrownBy(() -> preflight(environment("jdbc:postgresql://127.0.0.1:1/mentoring", true)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("127.0.0.1:1/mentoring")
                .hasMessageContaining("'postgres'");
    }

    @Test
    void refusesAUrlThatIsNotPostgres() {
        assertThatThrownBy(() -> preflight(environment("jdbc:h2:mem:x", true)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("must be a PostgreSQL JDBC URL");
    }

    @Test
    void createsAMissingDatabaseWhenAllowed() throws Exception {
        String name = "mentoring_preflight_" + UUID.randomUUID().toString().substring(0, 8);
        String url = "jdbc:postgresql://" + host() + "/" + name;
        assertThatThrownBy(() -> preflight(environment(url, false)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining(name);
        try {
            preflight(environment(url, true));
            try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
                assertThat(connection.isValid(2)).isTrue();
            }
        } finally {
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host() + "/postgres",
                    "postgres", "postgres"); Statement drop = admin.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    @Test
    void startUpEndsWithAShortReportSayingWhatToSet(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MentoringApplication.class).run(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/mentoring",
                "--mentoring.database.check-on-start=true",
                "--logging.level.root=info"))
                .isInstanceOf(DatabaseUnavailableException.class);

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Cannot use PostgreSQL database 127.0.0.1:1/mentoring")
                .contains("SPRING_DATASOURCE_URL")
                .doesNotContain("\tat ");
    }
}
