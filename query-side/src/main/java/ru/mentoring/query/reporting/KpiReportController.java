package ru.mentoring.query.reporting;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.reporting.FindKpiReport;
import ru.mentoring.api.reporting.KpiReport;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.query.web.QueryProblems;

import java.util.UUID;

/**
 * The KPI report for reporting services, under a versioned path: {@code GET /api/v1/reports/kpi} for an
 * organization ({@code organizationId}) or a territory ({@code region}, and {@code municipality} for a
 * municipality) and a {@code year}, optionally only for one {@code form} of mentoring. Answers carry an ETag, so
 * a caller can tell whether anything changed; an unknown organization or territory answers 404 with the closest
 * known names (see {@link ReportScopes}).
 */
@RestController
@RequestMapping("/api/v1/reports")
class KpiReportController {

    private final QueryGateway queries;
    private final ReportScopes scopes;

    KpiReportController(QueryGateway queries, ReportScopes scopes) {
        this.queries = queries;
        this.scopes = scopes;
    }

    @GetMapping("/kpi")
    KpiReport kpi(@RequestParam(required = false) UUID organizationId,
                  @RequestParam(required = false) String region,
                  @RequestParam(required = false) String municipality,
                  @RequestParam int year,
                  @RequestParam(required = false) MentoringForm form) {
        TerritoryId territory = null;
        if (organizationId == null) {
            if (region == null || region.isBlank()) {
                throw QueryProblems.badRequest("укажите organizationId или region (и municipality)");
            }
            territory = TerritoryId.of(region, municipality);
        }
        scopes.requireKnown(organizationId, territory);
        return queries.query(new FindKpiReport(organizationId, territory, year, form),
                        ResponseTypes.optionalInstanceOf(KpiReport.class)).join()
                .orElseThrow(() -> QueryProblems.problem(HttpStatus.NOT_FOUND, "report.scope-unknown",
                        "Нет такой организации или территории"));
    }
}
