package ru.mentoring.app.reporting;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.mentoring.app.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reporting role ({@code mentoring_reporting}, created and granted after every migration) reads the views of
 * the schema {@code reporting} and nothing else: PostgreSQL refuses it the person register, the event store and
 * the projections beneath the views (42501). No view has a column about a person. The schema is migrated as the
 * owner, and the role is used through a login of this run that is a member of it, as a site would give it a
 * password.
 */
class ReportingRoleIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final TestDatabase DATABASE = TestDatabase.fresh();
    private static final String LOGIN = "mentoring_test_reporting_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final List<String> VIEWS = List.of("organizations", "programs", "pairs_by_status",
            "road_map_progress", "kpi_by_territory");

    @BeforeAll
    static void migrateAsTheOwner() throws SQLException {
        DATABASE.migrateAsOwner();
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + LOGIN + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE mentoring_reporting");
        }
    }

    @AfterAll
    static void dropTheLogin() throws SQLException {
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS " + LOGIN);
        }
    }

    @Test
    void theReportingRoleReadsTheViewsAndNothingElse() throws SQLException {
        try (Connection connection = DriverManager.getConnection(DATABASE.url(), LOGIN, PASSWORD);
             Statement statement = connection.createStatement()) {
            for (String view : VIEWS) {
                statement.executeQuery("SELECT * FROM reporting." + view).close();
            }
            for (String table : List.of("person_register", "personal_key", "domainevententry", "event_hash_chain",
                    "snapshotevententry", "participant_base", "pair_progress", "program_overview", "base_pair",
                    "organization_directory", "ui_user", "api_client", "spring_session", "deadletterentry",
                    "tokenentry")) {
                assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + table).close()).as(table)
                        .isInstanceOfSatisfying(SQLException.class, refused ->
                                assertThat(refused.getSQLState()).as(table).isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
            assertThatThrownBy(() -> statement.executeUpdate("CREATE VIEW reporting.mine AS SELECT 1"))
                    .isInstanceOfSatisfying(SQLException.class, refused ->
                            assertThat(refused.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
        }
    }

    @Test
    void everyViewOfTheSchemaIsDocumentedAndNoneHasAColumnAboutAPerson() throws SQLException {
        List<String> views = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT table_name FROM information_schema.views WHERE table_schema = 'reporting'")) {
                while (rows.next()) {
                    views.add(rows.getString(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("""
                    SELECT table_name || '.' || column_name || ' ' || data_type
                      FROM information_schema.columns WHERE table_schema = 'reporting'""")) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        assertThat(views).containsExactlyInAnyOrderElementsOf(VIEWS);
        assertThat(columns).isNotEmpty().noneMatch(column -> column.matches(
                ".*\\.(.*person.*|.*mentor_id.*|.*mentee_id.*|curator.*|.*name.*|.*birth.*|.*mail.*|.*phone.*"
                        + "|request|competencies|outcome|.*reason.*|responsible|enterprise) .*")
                || column.endsWith(" ARRAY") && !column.contains(".forms "));
    }
}
