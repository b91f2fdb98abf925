package ru.mentoring.app.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an unusable database as Spring Boot's short start-up failure report, without a stack trace.
 */
public class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set SPRING_DATASOURCE_URL (jdbc:postgresql://host:port/database), SPRING_DATASOURCE_USERNAME "
                        + "and SPRING_DATASOURCE_PASSWORD, or start PostgreSQL on localhost:5432.",
                cause);
    }
}
