package ru.mentoring.app.ui.roadmap;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import ru.mentoring.api.organization.FindOrganizations;
import ru.mentoring.api.organization.OrganizationSummary;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whose plans road maps are, in words: the organizations of the directory, and the municipalities and regions
 * they lie in (a municipality's or region's plan is owned by its territory's name-based UUID).
 */
@Component
class RoadMapOwners {

    /** One owner a plan can be made for, in the group the owner select shows it under. */
    public record Owner(UUID id, String name, String group) {
    }

    private final QueryGateway queries;

    RoadMapOwners(QueryGateway queries) {
        this.queries = queries;
    }

    /** Every owner the directory knows: organizations first, then municipalities, then regions. */
    List<Owner> all() {
        List<OrganizationSummary> organizations = queries.query(new FindOrganizations(null, null),
                ResponseTypes.multipleInstancesOf(OrganizationSummary.class)).join();
        List<Owner> owners = new ArrayList<>();
        Map<UUID, Owner> territories = new LinkedHashMap<>();
        for (OrganizationSummary organization : organizations) {
            owners.add(new Owner(organization.organizationId(), organization.name(), "ORGANIZATION"));
            if (organization.region() == null || organization.region().isBlank()) {
                continue;
            }
            if (organization.municipality() != null && !organization.municipality().isBlank()) {
                UUID municipality = new TerritoryId(TerritoryLevel.MUNICIPALITY, organization.region(),
                        organization.municipality()).uuid();
                territories.putIfAbsent(municipality, new Owner(municipality,
                        organization.municipality() + " (" + organization.region() + ")", "MUNICIPALITY"));
            }
            UUID region = new TerritoryId(TerritoryLevel.REGION, organization.region(), null).uuid();
            territories.putIfAbsent(region, new Owner(region, organization.region(), "REGION"));
        }
        owners.sort(Comparator.comparing(Owner::name));
        territories.values().stream().sorted(Comparator.comparing(Owner::group).reversed()
                .thenComparing(Owner::name)).forEach(owners::add);
        return owners;
    }

    /** The owners' names by id, for the lists. */
    static Map<UUID, String> names(List<Owner> owners) {
        Map<UUID, String> names = new LinkedHashMap<>();
        owners.forEach(owner -> names.putIfAbsent(owner.id(), owner.name()));
        return names;
    }
}
