package ru.mentoring.query.reporting;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.reporting.FindMonitoringFormVersions;
import ru.mentoring.api.reporting.FindMonitoringForms;
import ru.mentoring.api.reporting.MonitoringFormVersions;
import ru.mentoring.api.reporting.MonitoringForm;
import ru.mentoring.api.reporting.MonitoringFormPage;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.query.web.QueryProblems;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The annual monitoring form of an organization ({@code organizationId}) or its roll-up for a region's
 * centre ({@code region}, narrowed to one {@code municipality} if given), for a {@code year}: as JSON, or as
 * the XLSX and CSV files staff open. An unknown organization or territory answers 404 (see {@link ReportScopes}).
 */
@RestController
@RequestMapping("/api/v1/reports")
class MonitoringFormController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final QueryGateway queries;
    private final ReportScopes scopes;

    MonitoringFormController(QueryGateway queries, ReportScopes scopes) {
        this.queries = queries;
        this.scopes = scopes;
    }

    @GetMapping("/monitoring-forms")
    MonitoringFormPage forms(@RequestParam(required = false) UUID organizationId,
                             @RequestParam(required = false) String region,
                             @RequestParam(required = false) String municipality, @RequestParam int year,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw QueryProblems.badRequest("страница с 0, размер страницы от 1 до 500");
        }
        return page(new FindMonitoringForms(organizationId, region, blankToNull(municipality), year, page, size));
    }

    private MonitoringFormPage page(FindMonitoringForms query) {
        if (query.organizationId() == null && (query.region() == null || query.region().isBlank())) {
            throw QueryProblems.badRequest("укажите organizationId или region");
        }
        scopes.requireKnown(query.organizationId(), query.organizationId() != null ? null
                : TerritoryId.of(query.region(), query.municipality()));
        return queries.query(query, ResponseTypes.instanceOf(MonitoringFormPage.class)).join();
    }

    private List<MonitoringForm> all(UUID organizationId, String region, String municipality, int year) {
        return page(FindMonitoringForms.all(organizationId, region, blankToNull(municipality), year)).items();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The form as it is now and every submitted version as it was sent, side by side. */
    @GetMapping("/monitoring-forms/versions")
    MonitoringFormVersions versions(@RequestParam UUID organizationId, @RequestParam int year) {
        return queries.query(new FindMonitoringFormVersions(organizationId, year),
                ResponseTypes.instanceOf(MonitoringFormVersions.class)).join();
    }

    @GetMapping("/monitoring-forms.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) UUID organizationId,
                                @RequestParam(required = false) String region,
                                @RequestParam(required = false) String municipality, @RequestParam int year) {
        return file(MonitoringFormExport.xlsx(all(organizationId, region, municipality, year)), XLSX, year, "xlsx");
    }

    @GetMapping("/monitoring-forms.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) UUID organizationId,
                               @RequestParam(required = false) String region,
                               @RequestParam(required = false) String municipality, @RequestParam int year) {
        return file(MonitoringFormExport.csv(all(organizationId, region, municipality, year)),
                new MediaType("text", "csv", StandardCharsets.UTF_8), year, "csv");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, int year, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("monitoring-" + year + "-" + (year + 1) + "." + extension, StandardCharsets.UTF_8)
                        .build().toString())
                .body(content);
    }
}
