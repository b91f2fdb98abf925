package ru.mentoring.app.ui.reports;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.mentoring.api.organization.OrganizationSummary;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.reporting.CheckReportScope;
import ru.mentoring.api.reporting.FindKpiReport;
import ru.mentoring.api.reporting.KpiReport;
import ru.mentoring.api.reporting.ReportScopeCheck;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * «Отчёты»: the KPI report of an organization, a municipality or a region for a year — each indicator with
 * its numerator, denominator, value and target, met or not, drawn as a bar against its target — with the
 * table as a workbook and the monitoring form of the same choice to download. An organization or territory
 * nobody knows shows a Russian message with the closest known names as links, never a report of zeros.
 */
@Controller
@RequestMapping("/ui/reports")
class KpiReportPages {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final QueryGateway queries;

    KpiReportPages(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    String report(@ModelAttribute("reportForm") KpiReportForm form, BindingResult errors, Model model) {
        List<OrganizationSummary> directory = OrganizationPages.all(queries);
        model.addAttribute("organizations", directory);
        model.addAttribute("regions", directory.stream().map(OrganizationSummary::region).distinct().sorted()
                .toList());
        model.addAttribute("municipalities", directory.stream().map(OrganizationSummary::municipality).distinct()
                .sorted().toList());
        model.addAttribute("forms", MentoringForm.values());
        if (form.asked()) {
            form.query(errors).filter(query -> known(query, errors, model)).flatMap(this::find).ifPresent(report -> {
                model.addAttribute("report", report);
                model.addAttribute("bars", report.indicators().stream().map(KpiBar::of).toList());
                model.addAttribute("downloadParameters", form.parameters());
                model.addAttribute("monitoringParameters", form.monitoringFormParameters());
            });
        }
        return "reports";
    }

    @GetMapping("/kpi.xlsx")
    ResponseEntity<byte[]> workbook(@ModelAttribute("reportForm") KpiReportForm form, BindingResult errors) {
        Optional<FindKpiReport> query = form.query(errors);
        if (query.isEmpty()) {
            return ResponseEntity.badRequest().build();
        }
        Optional<KpiReport> report = check(query.get()).isKnown() ? find(query.get()) : Optional.empty();
        if (report.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kpi-" + report.get().period() + ".xlsx", StandardCharsets.UTF_8).build()
                        .toString())
                .body(KpiWorkbook.xlsx(report.get()));
    }

    /** Whether the report's scope is known; if not, the page says what was not found and what is close to it. */
    private boolean known(FindKpiReport query, BindingResult errors, Model model) {
        ReportScopeCheck check = check(query);
        if (check.isKnown()) {
            return true;
        }
        String field = switch (check.missing()) {
            case ORGANIZATION -> "organizationId";
            case REGION -> "region";
            case MUNICIPALITY -> "municipality";
        };
        errors.rejectValue(field, "report.scope.unknown");
        model.addAttribute("scopeCheck", check);
        return false;
    }

    private ReportScopeCheck check(FindKpiReport query) {
        return queries.query(new CheckReportScope(query.organizationId(), query.territory()),
                ResponseTypes.instanceOf(ReportScopeCheck.class)).join();
    }

    private Optional<KpiReport> find(FindKpiReport query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(KpiReport.class)).join();
    }
}
