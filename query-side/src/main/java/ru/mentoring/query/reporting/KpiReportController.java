package ru.mentoring.query.reporting;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.reporting.FindKpiReport;
import ru.mentoring.api.reporting.FindKpiTrace;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.KpiReport;
import ru.mentoring.api.reporting.KpiTrace;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.query.web.QueryProblems;

import java.util.UUID;

/**
 * The KPI report for reporting services, under a versioned path: {@code GET /api/v1/reports/kpi} for an
 * organization ({@code organizationId}) or a territory ({@code region}, and {@code municipality} for a
 * municipality) and a {@code year}, optionally only for one {@code form} of mentoring. Answers carry an ETag, so
 * a caller can tell whether anything changed; an unknown organization or territory answers 404 with the closest
 * known names (see {@link ReportScopes}). Each indicator lists the first people behind its numerator;
 * {@code GET /api/v1/reports/kpi/trace} pages through all of them.
 */
@RestController
@RequestMapping("/api/v1/reports")
class KpiReportController {

    private static final int MAX_TRACE_PAGE = 500;

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
        TerritoryId territory = territory(organizationId, region, municipality);
        return queries.query(new FindKpiReport(organizationId, territory, year, form),
                        ResponseTypes.optionalInstanceOf(KpiReport.class)).join()
                .orElseThrow(KpiReportController::unknown);
    }

    /**
     * The people behind one indicator's numerator ({@code kpi}) in the same scope as the report, with their pairs
     * and programs, {@code size} at a time (at most 500) in the order of their ids: the next page starts
     * {@code after} the answer's {@code next}.
     */
    @GetMapping("/kpi/trace")
    KpiTrace trace(@RequestParam Kpi kpi,
                   @RequestParam(required = false) UUID organizationId,
                   @RequestParam(required = false) String region,
                   @RequestParam(required = false) String municipality,
                   @RequestParam int year,
                   @RequestParam(required = false) MentoringForm form,
                   @RequestParam(required = false) UUID after,
                   @RequestParam(defaultValue = "100") int size) {
        if (size < 1 || size > MAX_TRACE_PAGE) {
            throw QueryProblems.badRequest("размер страницы от 1 до " + MAX_TRACE_PAGE);
        }
        TerritoryId territory = territory(organizationId, region, municipality);
        return queries.query(new FindKpiTrace(kpi, organizationId, territory, year, form, after, size),
                        ResponseTypes.optionalInstanceOf(KpiTrace.class)).join()
                .orElseThrow(KpiReportController::unknown);
    }

    /** The territory asked for, or {@code null} for an organization; refuses a scope that is missing or unknown. */
    private TerritoryId territory(UUID organizationId, String region, String municipality) {
        TerritoryId territory = null;
        if (organizationId == null) {
            if (region == null || region.isBlank()) {
                throw QueryProblems.badRequest("укажите organizationId или region (и municipality)");
            }
            territory = TerritoryId.of(region, municipality);
        }
        scopes.requireKnown(organizationId, territory);
        return territory;
    }

    private static ErrorResponseException unknown() {
        return QueryProblems.problem(HttpStatus.NOT_FOUND, "report.scope-unknown",
                "Нет такой организации или территории");
    }
}
