package ru.mentoring.app.ui;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import ru.mentoring.api.access.AccessPolicy;
import ru.mentoring.api.access.Places;
import ru.mentoring.api.access.Scope;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.FindOrganizations;
import ru.mentoring.api.organization.OrganizationSummary;
import ru.mentoring.api.program.FindPrograms;
import ru.mentoring.api.roadmap.FindRoadMaps;
import ru.mentoring.app.security.UiUser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The lists a page shows, narrowed to the signed-in user's scope as the API's lists are: a curator's are their
 * organization's, a coordinator's their municipality's, an administrator's or auditor's their region's.
 */
@Component
public class ScopedLists {

    private final Places places;
    private final QueryGateway queries;

    ScopedLists(Places places, QueryGateway queries) {
        this.places = places;
        this.queries = queries;
    }

    /** Whether the user may see the thing at all (a road map's owner in a select, say). */
    public boolean reaches(UiUser user, UUID thing) {
        return AccessPolicy.allows(user.actor(), AccessPolicy.Action.READ, places.of(thing));
    }

    public FindPrograms programs(UiUser user, int page, int size) {
        Scope scope = user.actor().scope();
        return scope.organizationId() != null
                ? new FindPrograms(new OrganizationId(scope.organizationId()), null, page, size)
                : new FindPrograms(null, scope.region(), scope.municipality(), null, page, size);
    }

    public FindRoadMaps roadMaps(UiUser user, LocalDate asOf) {
        Scope scope = user.actor().scope();
        return scope.organizationId() != null
                ? new FindRoadMaps(null, scope.organizationId(), asOf)
                : new FindRoadMaps(null, null, scope.region(), scope.municipality(), asOf);
    }

    /** The organizations the user may choose among: their own, or those of their territory (the operator: all). */
    public List<OrganizationSummary> organizations(UiUser user) {
        Scope scope = user.actor().scope();
        return queries.query(new FindOrganizations(null, null),
                        ResponseTypes.multipleInstancesOf(OrganizationSummary.class)).join().stream()
                .filter(organization -> scope.organizationId() != null
                        ? organization.organizationId().equals(scope.organizationId())
                        : scope.region() == null || (organization.region().equals(scope.region())
                        && (scope.municipality() == null || organization.municipality().equals(scope.municipality()))))
                .toList();
    }
}
