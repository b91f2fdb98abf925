package ru.mentoring.query.reporting;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import ru.mentoring.api.reporting.CheckReportScope;
import ru.mentoring.api.reporting.ReportScopeCheck;
import ru.mentoring.api.reporting.TerritoryId;

import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Refuses a report request whose organization or territory is unknown with a 404 problem detail that names
 * what was not found and, for a territory, the closest known names ({@code closest}) — instead of answering
 * 200 with an official-looking report of zeros.
 */
@Component
class ReportScopes {

    private final QueryGateway queries;

    ReportScopes(QueryGateway queries) {
        this.queries = queries;
    }

    /** Returns quietly when the scope is known; throws the 404 problem otherwise. */
    void requireKnown(UUID organizationId, TerritoryId territory) {
        ReportScopeCheck check = queries.query(new CheckReportScope(organizationId, territory),
                ResponseTypes.instanceOf(ReportScopeCheck.class)).join();
        if (!check.isKnown()) {
            throw notFound(check, territory);
        }
    }

    static ErrorResponseException notFound(ReportScopeCheck check, TerritoryId territory) {
        String closest = check.closest().stream().map(name -> "«" + name + "»").collect(Collectors.joining(", "));
        String detail = switch (check.missing()) {
            case ORGANIZATION -> "Организация " + check.name() + " не найдена в справочнике организаций";
            case REGION -> "Регион «" + check.name() + "» не найден";
            case MUNICIPALITY -> "Муниципалитет «" + check.name() + "» в регионе «" + territory.region()
                    + "» не найден";
        };
        if (!closest.isEmpty()) {
            detail += ". Ближайшие известные: " + closest;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Не найдено");
        problem.setProperty("code", switch (check.missing()) {
            case ORGANIZATION -> "organization.not-found";
            case REGION -> "region.not-found";
            case MUNICIPALITY -> "municipality.not-found";
        });
        problem.setProperty("name", check.name());
        problem.setProperty("closest", check.closest());
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
