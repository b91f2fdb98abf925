package ru.mentoring.command.organization;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.OrganizationHeadcountsSet;
import ru.mentoring.api.organization.OrganizationRegistered;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.api.organization.SetOrganizationHeadcounts;
import ru.mentoring.api.reporting.MonitoringFormSubmitted;
import ru.mentoring.api.reporting.SubmitMonitoringForm;
import ru.mentoring.command.common.DomainRuleViolation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An educational organization (ОО) in its municipality and region: the unit programs and road maps belong
 * to and reports roll up from.
 */
@Aggregate
public class Organization {

    @AggregateIdentifier
    private OrganizationId organizationId;
    /** Monitoring forms submitted so far, by year. */
    private final java.util.Map<Integer, Integer> submittedVersions = new java.util.HashMap<>();

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

    @CommandHandler
    public void handle(SubmitMonitoringForm command) {
        if (!command.form().organizationId().equals(organizationId.value())) {
            throw new DomainRuleViolation("monitoring-form.other-organization",
                    "Форма мониторинга относится к другой организации");
        }
        apply(new MonitoringFormSubmitted(organizationId, command.year(),
                submittedVersions.getOrDefault(command.year(), 0) + 1, command.form(), command.submittedOn(),
                command.reference().strip(), command.checkpoint()));
    }

    @EventSourcingHandler
    void on(MonitoringFormSubmitted event) {
        submittedVersions.put(event.year(), event.version());
    }

    @EventSourcingHandler
    void on(OrganizationRegistered event) {
        organizationId = event.organizationId();
    }
}
