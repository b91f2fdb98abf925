package ru.mentoring.app.startup;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Before anything else starts, makes sure the configured PostgreSQL database answers. Creates the database
 * when it does not exist yet and {@code mentoring.database.create-if-missing} is on; otherwise ends start-up
 * with a {@link DatabaseUnavailableException} that names what to set, instead of a connection pool's and a
 * migration tool's stack traces.
 */
public class DatabasePreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^/?]*)/([^?]+)(\\?.*)?");
    private static final String INVALID_CATALOG = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int TIMEOUT_SECONDS = 5;
    static final String SETTINGS = "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        if (!environment.getProperty("mentoring.database.check-on-start", Boolean.class, true)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        Matcher parts = POSTGRES_URL.matcher(url);
        if (!parts.matches()) {
            throw new DatabaseUnavailableException("spring.datasource.url must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://localhost:5432/mentoring, was '" + url + "': set " + SETTINGS + ".", null);
        }
        String user = environment.getProperty("spring.datasource.username", "");
        String password = environment.getProperty("spring.datasource.password", "");
        try {
            connect(url, user, password).close();
        } catch (SQLException e) {
            if (INVALID_CATALOG.equals(e.getSQLState())
                    && environment.getProperty("mentoring.database.create-if-missing", Boolean.class, false)) {
                // as the role that migrates, when it is another one: the runtime role need not create databases
                createDatabase(parts, environment.getProperty("spring.flyway.user", user),
                        environment.getProperty("spring.flyway.password", password));
                return;
            }
            throw unavailable(parts, user, e);
        }
    }

    private static void createDatabase(Matcher parts, String user, String password) {
        String database = parts.group(2);
        String maintenanceUrl = "jdbc:postgresql://" + parts.group(1) + "/postgres";
        try (Connection connection = connect(maintenanceUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState()) || UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // another node, started at the same moment, created it first: PostgreSQL answers "exists" when
                // that one had committed, and breaks the catalog's unique key when both were creating it at once
                return;
            }
            throw unavailable(parts, user, e);
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
        return DriverManager.getConnection(url, properties);
    }

    private static DatabaseUnavailableException unavailable(Matcher parts, String user, SQLException e) {
        String where = parts.group(1) + "/" + parts.group(2);
        String reason = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("").split("\\. ")[0];
        return new DatabaseUnavailableException("Cannot use PostgreSQL database " + where + " as user '" + user
                + "' (" + reason + "): set " + SETTINGS + ".", e);
    }
}
