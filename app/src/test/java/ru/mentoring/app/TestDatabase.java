package ru.mentoring.app;

import java.util.Arrays;
import java.util.ArrayList;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.flywaydb.core.Flyway;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Databases of their own for integration tests, on the PostgreSQL the build runs against: each is created
 * on demand and dropped when the test JVM ends. Host, user and password come from
 * {@code MENTORING_TEST_DB_HOST} (default {@code localhost:5432}), {@code MENTORING_TEST_DB_USER} (default
 * {@code postgres}) and {@code MENTORING_TEST_DB_PASSWORD} (default {@code postgres}).
 */
public final class TestDatabase {

    private static final String HOST = env("MENTORING_TEST_DB_HOST", "localhost:5432");
    private static final String USER = env("MENTORING_TEST_DB_USER", "postgres");
    private static final String PASSWORD = env("MENTORING_TEST_DB_PASSWORD", "postgres");
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static volatile TestDatabase shared;
    private static Login runtime;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAll, "drop-test-databases"));
    }

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** One database for all tests of this run that can share it. */
    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = fresh();
        }
        return shared;
    }

    /** A new, empty database for a test that must be alone on it. */
    public static TestDatabase fresh() {
        String name = "mentoring_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        CREATED.add(name);
        return new TestDatabase(name);
    }

    /**
     * A database name no one uses yet, not created: for an application that creates its database itself
     * (several nodes racing to create it). Dropped at the end of the run like the others.
     */
    public static TestDatabase notYetCreated() {
        String name = "mentoring_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        CREATED.add(name);
        return new TestDatabase(name);
    }

    /** A login role of the application's runtime role ({@code mentoring_runtime}, see afterMigrate.sql). */
    public record Login(String user, String password) {
    }

    /**
     * A login role for this run that is a member of {@code mentoring_runtime} — what a site gives its application —
     * with the tests' password; dropped when the test JVM ends. The group role is created here if no migration has
     * created it yet on this server.
     */
    public static synchronized Login runtimeLogin() {
        if (runtime == null) {
            String name = "mentoring_test_runtime_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            execute("DO $$ BEGIN CREATE ROLE mentoring_runtime NOLOGIN; "
                    + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
            execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + PASSWORD.replace("'", "''")
                    + "' IN ROLE mentoring_runtime");
            runtime = new Login(name, PASSWORD);
        }
        return runtime;
    }

    public String url() {
        return "jdbc:postgresql://" + HOST + "/" + name + "?reWriteBatchedInserts=true";
    }

    /** The Spring properties that point an application at this database. */
    public Map<String, Object> properties() {
        return Map.of("spring.datasource.url", url(),
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "mentoring.database.create-if-missing", "false");
    }

    /**
     * The application started alone on this database, on a free port, as the tables' owner, with the further
     * arguments given ({@code --name=value}).
     */
    public ConfigurableApplicationContext start(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD));
        all.addAll(Arrays.asList(arguments));
        return new SpringApplicationBuilder(MentoringApplication.class).run(all.toArray(String[]::new));
    }

    /** The schema migrated by Flyway as the tables' owner, as a site does, without starting the application. */
    public void migrateAsOwner() {
        Flyway.configure().dataSource(url(), USER, PASSWORD).locations("classpath:db/migration").load().migrate();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    private static void dropAll() {
        for (String name : CREATED) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
        if (runtime != null) {
            execute("DROP ROLE IF EXISTS " + runtime.user());
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER,
                PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on PostgreSQL at " + HOST + " as " + USER
                    + ": " + e.getMessage() + " (set MENTORING_TEST_DB_HOST, MENTORING_TEST_DB_USER, "
                    + "MENTORING_TEST_DB_PASSWORD)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
