package ru.mentoring.app;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests that share one running application on the run's shared test database.
 * Extending it (rather than repeating the annotations) keeps Spring's context cache to a single application,
 * so that no two copies compete for the projections' tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApplicationIT {

    protected static final TestDatabase DATABASE = TestDatabase.shared();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.properties().forEach((key, value) -> registry.add(key, () -> value));
    }
}
