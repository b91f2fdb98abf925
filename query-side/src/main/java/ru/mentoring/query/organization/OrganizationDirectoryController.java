package ru.mentoring.query.organization;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.organization.FindOrganizations;
import ru.mentoring.api.organization.OrganizationSummary;

import java.util.List;
import java.util.UUID;

/**
 * Reads the organization directory over HTTP.
 */
@RestController
@RequestMapping("/api/organizations")
class OrganizationDirectoryController {

    private final QueryGateway queries;

    OrganizationDirectoryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    List<OrganizationSummary> list(@RequestParam(required = false) String region,
                                   @RequestParam(required = false) String municipality,
                                   @RequestParam(required = false) UUID organizationId) {
        return queries.query(new FindOrganizations(region, municipality),
                        ResponseTypes.multipleInstancesOf(OrganizationSummary.class)).join().stream()
                .filter(organization -> organizationId == null || organization.organizationId().equals(organizationId))
                .toList();
    }
}
