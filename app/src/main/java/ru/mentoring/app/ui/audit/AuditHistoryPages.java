package ru.mentoring.app.ui.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;
import ru.mentoring.api.audit.EventHistory;
import ru.mentoring.api.organization.FindOrganizations;
import ru.mentoring.api.organization.OrganizationSummary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * «Журнал событий»: every stored event of one program, pair, road map or other aggregate in order — when, what,
 * who, for which organization and in which chain of requests — filtered by period and type, with the API's CSV
 * and JSON exports of what is shown.
 */
@Controller
class AuditHistoryPages {

    private final AuditSubjects subjects;
    private final QueryGateway queries;

    AuditHistoryPages(AuditSubjects subjects, QueryGateway queries) {
        this.subjects = subjects;
        this.queries = queries;
    }

    @GetMapping("/ui/audit/{kind}/{id}")
    String history(@PathVariable String kind, @PathVariable String id,
                   @ModelAttribute("filter") HistoryFilter filter, BindingResult errors, Model model,
                   HttpServletResponse response) {
        Optional<AuditSubject> found = subjects.open(kind, id, model, response);
        if (found.isEmpty()) {
            return "audit-missing";
        }
        AuditSubject subject = found.get();
        Instant from = filter.since(errors);
        Instant to = filter.until(errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.rejectValue("to", "audit.filter.order");
        }
        model.addAttribute("tab", "history");
        model.addAttribute("eventTypes", subject.eventTypes());
        if (errors.hasErrors()) {
            return "audit-history";
        }
        EventHistory shown = filter.isEmpty() ? subject.history()
                : subjects.history(subject.kind(), subject.id(), from, to, filter.eventType())
                .orElse(subject.history());
        Map<String, String> organizations = organizationNames();
        model.addAttribute("rows", shown.entries().stream().map(entry -> HistoryRow.of(entry, organizations))
                .toList());
        model.addAttribute("total", shown.totalEvents());
        model.addAttribute("csv", export(subject, "history.csv", from, to, filter.eventType()));
        model.addAttribute("json", export(subject, "history.json", from, to, filter.eventType()));
        return "audit-history";
    }

    /** The API's export of the same selection: the API is open to anyone who may reach the UI. */
    private static String export(AuditSubject subject, String file, Instant from, Instant to, String type) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/audit/{kind}/{id}/" + file);
        if (from != null) {
            uri.queryParam("from", from.toString());
        }
        if (to != null) {
            uri.queryParam("to", to.toString());
        }
        if (type != null) {
            uri.queryParam("type", type);
        }
        return uri.buildAndExpand(subject.kind().getPath(), subject.id()).encode().toUriString();
    }

    private Map<String, String> organizationNames() {
        List<OrganizationSummary> organizations = queries.query(new FindOrganizations(null, null),
                ResponseTypes.multipleInstancesOf(OrganizationSummary.class)).join();
        return organizations.stream().collect(Collectors.toMap(organization -> organization.organizationId()
                .toString(), OrganizationSummary::name, (first, second) -> first));
    }
}
