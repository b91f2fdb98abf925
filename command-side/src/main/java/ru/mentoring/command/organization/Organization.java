package ru.mentoring.command.organization;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.OrganizationRegistered;
import ru.mentoring.api.organization.OrganizationHeadcountsSet;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.api.organization.SetOrganizationHeadcounts;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An educational organization (ОО) in its municipality and region: the unit programs and road maps belong
 * to and reports roll up from.
 */
@Aggregate
public class Organization {

    @AggregateIdentifier
    private OrganizationId organizationId;

    protected Organization() {
        // for event sourcing
    }

    @CommandHandler
    public Organization(RegisterOrganization command) {
        apply(new OrganizationRegistered(command.organizationId(), command.name().strip(),
                command.municipality().strip(), command.region().strip()));
    }

    @CommandHandler
    public void handle(SetOrganizationHeadcounts command) {
        apply(new OrganizationHeadcountsSet(organizationId, command.year(), command.students(), command.teachers()));
    }

    @EventSourcingHandler
    void on(OrganizationRegistered event) {
        organizationId = event.organizationId();
    }
}
