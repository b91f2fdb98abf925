package ru.mentoring.app.security.access;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;

import java.util.List;
import java.util.Optional;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static ru.mentoring.app.security.access.Access.COMMAND;
import static ru.mentoring.app.security.access.Access.IDENTITIES;
import static ru.mentoring.app.security.access.Access.LIST;
import static ru.mentoring.app.security.access.Access.LIST_PERSONAL;
import static ru.mentoring.app.security.access.Access.OPERATOR;
import static ru.mentoring.app.security.access.Access.PUBLIC;
import static ru.mentoring.app.security.access.Access.READ;
import static ru.mentoring.app.security.access.Access.READ_PERSONAL;
import static ru.mentoring.app.security.access.Access.SIGNED_IN;

/**
 * The rule of every endpoint the application serves, the first that matches deciding. A request that no rule
 * matches is refused, and the endpoint matrix test fails the build for an endpoint without a rule here, so no
 * endpoint ships open by omission.
 */
public final class EndpointRules {

    private static final List<EndpointRule> RULES = List.of(
            // the edges that need no one or just someone
            rule(null, "/error", PUBLIC),
            rule(GET, "/login", PUBLIC),
            rule(null, "/ui/forbidden", SIGNED_IN),
            rule(null, "/ui/not-found", SIGNED_IN),
            rule(null, "/ui/account/password", SIGNED_IN),
            rule(null, "/ui/account/digest", SIGNED_IN),
            rule(GET, "/ui", SIGNED_IN),
            rule(GET, "/api/road-map-templates", SIGNED_IN),
            rule(GET, "/v3/api-docs/**", SIGNED_IN),
            rule(GET, "/v3/api-docs.yaml", SIGNED_IN),
            rule(GET, "/swagger-ui.html", SIGNED_IN),
            rule(GET, "/swagger-ui/**", SIGNED_IN),

            // the installation
            rule(null, "/api/admin/projections/**", OPERATOR),
            rule(null, "/ui/admin/projections/**", OPERATOR),
            rule(null, "/api/admin/dead-letters/**", OPERATOR),
            rule(null, "/api/admin/audit/**", OPERATOR),
            rule(null, "/ui/admin/dead-letters/**", OPERATOR),
            rule(null, "/api/admin/api-clients/**", IDENTITIES),
            rule(null, "/ui/admin/api-clients/**", IDENTITIES),
            rule(null, "/ui/admin/users/**", IDENTITIES),

            // people: their cards and places across programs name them
            rule(GET, "/api/people/{personId}", READ_PERSONAL),
            rule(POST, "/api/people/{personId}/erasure", COMMAND),
            rule(POST, "/api/people", COMMAND),
            rule(GET, "/api/bases/people/{personId}", READ_PERSONAL),
            rule(GET, "/api/bases/{base}", LIST_PERSONAL),

            // audit: histories, states as of a moment and the chain name people and who acted
            rule(GET, "/api/audit/{kind}/{id}/**", READ_PERSONAL),
            rule(GET, "/ui/audit/{kind}/{id}/**", READ_PERSONAL),
            rule(GET, "/ui/audit", LIST_PERSONAL),
            rule(GET, "/ui/audit/open", LIST_PERSONAL),

            // programs and their pairs
            rule(GET, "/api/programs", LIST),
            rule(POST, "/api/programs", COMMAND),
            rule(GET, "/api/programs/{programId}", READ),
            rule(GET, "/api/programs/{programId}/**", READ_PERSONAL),
            rule(POST, "/api/programs/{programId}/**", COMMAND),
            rule(GET, "/api/pairs/{pairId}", READ_PERSONAL),
            rule(POST, "/api/pairs/{pairId}/**", COMMAND),
            rule(GET, "/ui/programs", LIST),
            rule(POST, "/ui/programs", COMMAND),
            rule(GET, "/ui/programs/{programId}/**", READ_PERSONAL),
            rule(POST, "/ui/programs/{programId}/**", COMMAND),
            rule(GET, "/ui/pairs/{pairId}/**", READ_PERSONAL),
            rule(POST, "/ui/pairs/{pairId}/**", COMMAND),

            // organizations and territories
            rule(GET, "/api/organizations", LIST),
            rule(POST, "/api/organizations", COMMAND),
            rule(POST, "/api/organizations/{organizationId}/**", COMMAND),
            rule(POST, "/api/territories/**", COMMAND),
            rule(GET, "/ui/organizations", LIST),
            rule(POST, "/ui/organizations", COMMAND),
            rule(GET, "/ui/organizations/{organizationId}", READ),
            rule(POST, "/ui/organizations/{organizationId}/**", COMMAND),
            rule(GET, "/ui/territories", LIST),
            rule(POST, "/ui/territories/**", COMMAND),

            // road maps
            rule(GET, "/api/road-maps", LIST),
            rule(GET, "/api/road-maps/overdue", LIST),
            rule(GET, "/api/road-maps/escalations", LIST),
            rule(GET, "/api/road-maps/roll-up", LIST),
            rule(POST, "/api/road-maps", COMMAND),
            rule(POST, "/api/road-maps/from-template", COMMAND),
            rule(GET, "/api/road-maps/{roadMapId}/**", READ),
            rule(POST, "/api/road-maps/{roadMapId}/**", COMMAND),
            rule(GET, "/ui/road-maps", LIST),
            rule(POST, "/ui/road-maps/from-template", COMMAND),
            rule(POST, "/ui/road-maps/empty", COMMAND),
            rule(GET, "/ui/road-maps/{roadMapId}/**", READ),
            rule(POST, "/ui/road-maps/{roadMapId}/**", COMMAND),

            // reports
            rule(GET, "/api/v1/reports/**", LIST),
            rule(GET, "/ui/reports", LIST),
            rule(GET, "/ui/reports/kpi.xlsx", LIST));

    private EndpointRules() {
    }

    /** Every rule, in the order they are tried. */
    public static List<EndpointRule> all() {
        return RULES;
    }

    /** The rule of a request, if any. */
    public static Optional<EndpointRule> of(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return RULES.stream().filter(rule -> rule.matches(method, container)).findFirst();
    }

    private static EndpointRule rule(HttpMethod method, String pattern, Access access) {
        return EndpointRule.of(method, pattern, access);
    }
}
