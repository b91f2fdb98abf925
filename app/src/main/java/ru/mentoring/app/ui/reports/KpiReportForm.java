package ru.mentoring.app.ui.reports;

import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.reporting.FindKpiReport;
import ru.mentoring.api.reporting.TerritoryId;

import java.util.Optional;
import java.util.UUID;

/**
 * The choice above the KPI report: an organization, or a territory (a region, and a municipality in it), the
 * year its academic year starts in, and optionally one form of mentoring. Bound from the page's address, so
 * a report can be bookmarked and downloaded as shown.
 */
public class KpiReportForm {

    private UUID organizationId;
    private String region;
    private String municipality;
    private Integer year;
    private MentoringForm form;

    /** Whether anything was asked yet: the page opened bare shows only the choice. */
    boolean asked() {
        return organizationId != null || region != null || municipality != null || year != null;
    }

    /** The query the choice stands for; what is missing is put beside its field. */
    Optional<FindKpiReport> query(BindingResult errors) {
        if (year == null && !errors.hasFieldErrors("year")) {
            errors.rejectValue("year", "report.year.required");
        } else if (year != null && (year < 2000 || year > 2100)) {
            errors.rejectValue("year", "report.year.range");
        }
        boolean noRegion = region == null || region.isBlank();
        if (organizationId == null && noRegion && !errors.hasFieldErrors("organizationId")) {
            errors.rejectValue("region", "report.scope.required");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        TerritoryId territory = organizationId != null ? null : TerritoryId.of(region, municipality);
        return Optional.of(new FindKpiReport(organizationId, territory, year, form));
    }

    /** The same choice as query parameters, for the downloads of what is shown. */
    String parameters() {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        if (organizationId != null) {
            builder.queryParam("organizationId", organizationId);
        } else {
            builder.queryParam("region", region);
            if (municipality != null && !municipality.isBlank()) {
                builder.queryParam("municipality", municipality);
            }
        }
        builder.queryParam("year", year);
        if (form != null) {
            builder.queryParam("form", form);
        }
        return builder.encode().build().toUriString();
    }

    /** The monitoring form covers an organization or a whole region, never a municipality alone. */
    String monitoringFormParameters() {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        if (organizationId != null) {
            builder.queryParam("organizationId", organizationId);
        } else {
            builder.queryParam("region", region);
            if (municipality != null && !municipality.isBlank()) {
                builder.queryParam("municipality", municipality);
            }
        }
        return builder.queryParam("year", year).encode().build().toUriString();
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(UUID organizationId) {
        this.organizationId = organizationId;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public MentoringForm getForm() {
        return form;
    }

    public void setForm(MentoringForm form) {
        this.form = form;
    }
}
