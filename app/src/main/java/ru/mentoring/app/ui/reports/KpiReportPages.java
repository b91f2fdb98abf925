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
import ru.mentoring.api.reporting.FindKpiReport;
import ru.mentoring.api.reporting.KpiReport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * «Отчёты»: the KPI report of an organization, a municipality or a region for a year — each indicator with
 * its numerator, denominator, value and target, met or not, drawn as a bar against its target — with the
 * table as a workbook and the monitoring form of the same choice to download.
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
            form.query(errors).flatMap(this::find).ifPresent(report -> {
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
        Optional<KpiReport> report = form.query(errors).flatMap(this::find);
        if (report.isEmpty()) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kpi-" + report.get().period() + ".xlsx", StandardCharsets.UTF_8).build()
                        .toString())
                .body(KpiWorkbook.xlsx(report.get()));
    }

    private Optional<KpiReport> find(FindKpiReport query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(KpiReport.class)).join();
    }
}
