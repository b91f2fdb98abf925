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
                "Start PostgreSQL there, or point the application at another database with those variables "
                        + "(or the properties spring.datasource.url, .username, .password).",
                cause);
    }
}
