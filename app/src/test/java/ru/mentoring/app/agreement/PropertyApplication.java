package ru.mentoring.app.agreement;

import net.jqwik.spring.JqwikSpringSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.mentoring.app.TestDatabase;

import java.util.List;

/**
 * Base of the property tests that keep an aggregate, its as-of view and its projections together: one application
 * for all of them (Spring's context cache shares it between the classes, as jqwik-spring hands it the same
 * configuration), on a database of its own, so that the hundreds of programs, pairs and road maps they make, the
 * deadlines those fire and the refusals a policy may park stay out of the database the other integration tests
 * share — a parked event there would leave their health DEGRADED. Queries go through the query gateway, as the
 * pages and the API send them.
 */
@JqwikSpringSupport
@SpringBootTest
abstract class PropertyApplication {

    private static final TestDatabase DATABASE = TestDatabase.fresh();

    @Autowired
    protected CommandGateway commands;
    @Autowired
    protected QueryGateway queries;
    @Autowired
    protected EventStore eventStore;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The answer to a query answered with an optional, {@code null} when empty. */
    protected <R> R one(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join().orElse(null);
    }

    protected <R> List<R> all(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }

    protected <R> R single(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.instanceOf(type)).join();
    }
}
