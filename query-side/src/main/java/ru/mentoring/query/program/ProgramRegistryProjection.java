package ru.mentoring.query.program;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ru.mentoring.api.program.CuratorAppointed;
import ru.mentoring.api.program.FindProgram;
import ru.mentoring.api.program.FindPrograms;
import ru.mentoring.api.program.ProgramCreated;
import ru.mentoring.api.program.ProgramPage;
import ru.mentoring.api.program.ProgramSummary;

import java.time.Instant;
import java.util.Optional;

/**
 * Builds the program registry from the programs' events and answers queries on it. A processing group of its
 * own, so it can be replayed alone.
 */
@Component
@ProcessingGroup(ProgramRegistryProjection.PROCESSING_GROUP)
class ProgramRegistryProjection {

    static final String PROCESSING_GROUP = "program-registry";

    private final ProgramRegistryRepository registry;

    ProgramRegistryProjection(ProgramRegistryRepository registry) {
        this.registry = registry;
    }

    @EventHandler
    void on(ProgramCreated event, @Timestamp Instant at, @SequenceNumber long sequence) {
        registry.insert(event.programId().value(), event.organizationId().value(), event.period().toString(),
                event.title(), at, sequence);
    }

    @EventHandler
    void on(CuratorAppointed event, @Timestamp Instant at, @SequenceNumber long sequence) {
        registry.appointCurator(event.programId().value(), event.curatorId().value(), event.orderNumber(),
                event.orderDate(), at, sequence);
    }

    @ResetHandler
    void reset() {
        registry.deleteAll();
    }

    @QueryHandler
    Optional<ProgramSummary> handle(FindProgram query) {
        return registry.find(query.programId().value());
    }

    @QueryHandler
    ProgramPage handle(FindPrograms query) {
        return registry.page(query);
    }
}
