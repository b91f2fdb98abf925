package ru.mentoring.app.agreement;

import net.jqwik.spring.JqwikSpringSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.mentoring.api.audit.AsOfBasis;
import ru.mentoring.api.audit.AsOfFrame;
import ru.mentoring.app.TestDatabase;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

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
    @Autowired
    private Configuration axon;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The answer to a query answered with an optional, {@code null} when empty. */
    protected <R> R one(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join().orElse(null);
    }

    /**
     * The aggregate's own read-only view of itself as the command side loads it to decide a command — through its
     * repository, from its latest snapshot when it has one, then its events — in a unit of work rolled back after.
     * {@code null} when there is no such aggregate.
     */
    protected <T, V> V loaded(Class<T> type, Object id, Function<T, V> view) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return axon.repository(type).load(id.toString()).invoke(view);
        } catch (AggregateNotFoundException missing) {
            return null;
        } finally {
            unitOfWork.rollback();
        }
    }

    /** The frame of an aggregate's own view: taken now, from all its events. */
    protected static AsOfFrame now() {
        return new AsOfFrame(Instant.now(), AsOfBasis.RECORDED, null, 0, null, List.of());
    }

    protected <R> List<R> all(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }

    protected <R> R single(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.instanceOf(type)).join();
    }
}
