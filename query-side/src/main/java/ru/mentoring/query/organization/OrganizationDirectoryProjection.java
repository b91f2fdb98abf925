package ru.mentoring.query.organization;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.organization.FindOrganizations;
import ru.mentoring.api.organization.OrganizationRegistered;
import ru.mentoring.api.organization.OrganizationSummary;

import java.util.List;
import java.util.UUID;

/**
 * Builds the organization directory and answers queries on it.
 */
@Component
@ProcessingGroup("organization-directory")
class OrganizationDirectoryProjection {

    private final JdbcClient jdbc;

    OrganizationDirectoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganizationRegistered event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO organization_directory (organization_id, name, municipality, region, last_sequence)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (organization_id) DO NOTHING""")
                .params(event.organizationId().value(), event.name(), event.municipality(), event.region(), sequence)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM organization_directory").update();
    }

    @QueryHandler
    List<OrganizationSummary> handle(FindOrganizations query) {
        return jdbc.sql("""
                        SELECT organization_id, name, municipality, region FROM organization_directory
                         WHERE (CAST(? AS TEXT) IS NULL OR region = ?)
                           AND (CAST(? AS TEXT) IS NULL OR municipality = ?)
                         ORDER BY region, municipality, name""")
                .params(query.region(), query.region(), query.municipality(), query.municipality())
                .query((row, number) -> new OrganizationSummary(row.getObject("organization_id", UUID.class),
                        row.getString("name"), row.getString("municipality"), row.getString("region")))
                .list();
    }
}
