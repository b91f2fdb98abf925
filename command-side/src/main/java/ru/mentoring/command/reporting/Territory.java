package ru.mentoring.command.reporting;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ru.mentoring.api.reporting.KpiTargetsSet;
import ru.mentoring.api.reporting.SetKpiTargets;
import ru.mentoring.api.reporting.SetTerritoryFigures;
import ru.mentoring.api.reporting.TerritoryFiguresSet;
import ru.mentoring.api.reporting.TerritoryId;

import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A territory's reference data, entered through commands so that every figure has a history: the KPI
 * denominators and targets of each year. The first figure entered creates the territory. Axon stores and routes
 * it by the text form of its {@link TerritoryId} ({@code REGION:…} or {@code MUNICIPALITY:…/…}), the string its
 * events were stored under while the identifier was still kept as text.
 */
@Aggregate
public class Territory {

    @AggregateIdentifier
    private TerritoryId territoryId;

    protected Territory() {
        // for event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetTerritoryFigures command) {
        apply(new TerritoryFiguresSet(command.territory(), command.year(), command.children10to19(),
                command.children15to19(), command.youngTeachers(), command.enterprises()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetKpiTargets command) {
        apply(new KpiTargetsSet(command.territory(), command.year(), Map.copyOf(command.targets())));
    }

    @EventSourcingHandler
    void on(TerritoryFiguresSet event) {
        territoryId = event.territory();
    }

    @EventSourcingHandler
    void on(KpiTargetsSet event) {
        territoryId = event.territory();
    }
}
