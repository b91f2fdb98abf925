package ru.mentoring.app.ui.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.FindOrganizationHeadcounts;
import ru.mentoring.api.organization.FindOrganizations;
import ru.mentoring.api.organization.OrganizationHeadcounts;
import ru.mentoring.api.organization.OrganizationSummary;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.api.organization.SetOrganizationHeadcounts;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.ScopedLists;
import ru.mentoring.app.ui.MoscowCalendar;
import ru.mentoring.app.ui.PageLinks;
import ru.mentoring.app.ui.StoredAggregates;
import ru.mentoring.app.ui.UiCommands;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * «Организации»: the directory of educational organizations by region and municipality, the form that
 * registers a new one, and each organization's page with its headcounts of students and teachers per year
 * (the denominators of its coverage targets).
 */
@Controller
@RequestMapping("/ui/organizations")
class OrganizationPages {

    /** Schools a directory page lists. */
    static final int PAGE_SIZE = 50;

    private final UiCommands commands;
    private final QueryGateway queries;
    private final ScopedLists scoped;
    private final StoredAggregates stored;
    private final MoscowCalendar calendar;

    OrganizationPages(UiCommands commands, QueryGateway queries, StoredAggregates stored, MoscowCalendar calendar,
                      ScopedLists scoped) {
        this.scoped = scoped;
        this.calendar = calendar;
        this.commands = commands;
        this.queries = queries;
        this.stored = stored;
    }

    @GetMapping
    String directory(@RequestParam(required = false) String region,
                     @RequestParam(required = false) String municipality,
                     @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                     @AuthenticationPrincipal UiUser user, Model model) {
        model.addAttribute("organizationForm", new OrganizationForm());
        return showDirectory(user, region, municipality, q, Math.max(page, 0), model);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("organizationForm") OrganizationForm form, BindingResult errors,
                    @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                    RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return showDirectory(user, null, null, null, 0, model);
        }
        OrganizationId id = new OrganizationId(UUID.randomUUID());
        Optional<String> refusal = commands.send(new RegisterOrganization(id, form.getName(),
                form.getMunicipality(), form.getRegion()), user, request);
        if (refusal.isPresent()) {
            model.addAttribute("error", refusal.get());
            return showDirectory(user, null, null, null, 0, model);
        }
        ProjectionWait.until(() -> all(queries).stream().anyMatch(o -> o.organizationId().equals(id.value())));
        redirect.addFlashAttribute("notice", "org.registered");
        return "redirect:/ui/organizations/" + id;
    }

    @GetMapping("/{organizationId}")
    String organization(@PathVariable UUID organizationId, @AuthenticationPrincipal UiUser user, Model model) {
        model.addAttribute("headcountsForm", new HeadcountsForm());
        return showOrganization(organizationId, user, model);
    }

    @PostMapping("/{organizationId}/headcounts")
    String setHeadcounts(@PathVariable UUID organizationId,
                         @Valid @ModelAttribute("headcountsForm") HeadcountsForm form, BindingResult errors,
                         @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                         RedirectAttributes redirect) {
        if (!mayKeepHeadcounts(organizationId, user)) {
            model.addAttribute("refusal", "org.headcounts.notYours");
            return showOrganization(organizationId, user, model);
        }
        if (errors.hasErrors()) {
            return showOrganization(organizationId, user, model);
        }
        OrganizationHeadcounts entered = new OrganizationHeadcounts(form.getYear(), form.getStudents(),
                form.getTeachers());
        Optional<String> refusal = commands.send(new SetOrganizationHeadcounts(new OrganizationId(organizationId),
                entered.year(), entered.students(), entered.teachers()), user, request);
        if (refusal.isPresent()) {
            model.addAttribute("error", refusal.get());
            return showOrganization(organizationId, user, model);
        }
        ProjectionWait.until(() -> headcounts(organizationId).contains(entered));
        redirect.addFlashAttribute("notice", "org.headcounts.saved");
        redirect.addFlashAttribute("noticeArg", String.valueOf(entered.year()));
        return "redirect:/ui/organizations/" + organizationId;
    }

    /**
     * One page of the directory as filtered. A region's directory has hundreds of schools, not millions: it is
     * read whole (the filters' lists need every region and municipality anyway) and filtered and paged here.
     */
    /** The directory as far as the user's scope reaches: a curator's own school, a region's schools. */
    private String showDirectory(UiUser user, String region, String municipality, String search, int page,
                                 Model model) {
        List<OrganizationSummary> all = scoped.organizations(user);
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<OrganizationSummary> found = all.stream()
                .filter(o -> region == null || region.isBlank() || o.region().equals(region))
                .filter(o -> municipality == null || municipality.isBlank() || o.municipality().equals(municipality))
                .filter(o -> o.name().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        int lastPage = Math.max(0, (found.size() - 1) / PAGE_SIZE);
        PageLinks pager = new PageLinks(Math.min(page, lastPage), PAGE_SIZE, found.size());
        int from = pager.page() * PAGE_SIZE;
        model.addAttribute("organizations", found.subList(from, Math.min(from + PAGE_SIZE, found.size())));
        model.addAttribute("pager", pager);
        model.addAttribute("regions", all.stream().map(OrganizationSummary::region).distinct().sorted().toList());
        model.addAttribute("municipalities", all.stream()
                .filter(o -> region == null || region.isBlank() || o.region().equals(region))
                .map(OrganizationSummary::municipality).distinct().sorted().toList());
        model.addAttribute("region", region);
        model.addAttribute("municipality", municipality);
        model.addAttribute("q", search);
        return "organizations";
    }

    /** Regional and municipal staff keep every school's headcounts; a school's curator their own school's only. */
    private static boolean mayKeepHeadcounts(UUID organizationId, UiUser user) {
        return switch (user.getRole()) {
            case REGIONAL_ADMINISTRATOR, MUNICIPAL_COORDINATOR -> true;
            case ORGANIZATION_CURATOR -> organizationId.toString().equals(user.getOrganization());
            case OPERATOR, AUDITOR, REPORTING_SERVICE, SYSTEM -> false;
        };
    }

    private String showOrganization(UUID organizationId, UiUser user, Model model) {
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("mayKeepHeadcounts", mayKeepHeadcounts(organizationId, user));
        model.addAttribute("reportYear", calendar.academicYear().startYear());
        // the directory is a projection: an organization registered a moment ago may not be in it yet
        Optional<OrganizationSummary> found = all(queries).stream()
                .filter(o -> o.organizationId().equals(organizationId)).findFirst();
        if (found.isEmpty()) {
            stored.requireStored(organizationId, "Organization");
        }
        found.ifPresent(organization -> model.addAttribute("organization", organization));
        model.addAttribute("headcounts", headcounts(organizationId));
        return "organization";
    }

    private List<OrganizationHeadcounts> headcounts(UUID organizationId) {
        return queries.query(new FindOrganizationHeadcounts(organizationId),
                ResponseTypes.multipleInstancesOf(OrganizationHeadcounts.class)).join();
    }

    /** The whole directory, ordered by region, municipality and name. */
    static List<OrganizationSummary> all(QueryGateway queries) {
        return queries.query(new FindOrganizations(null, null),
                ResponseTypes.multipleInstancesOf(OrganizationSummary.class)).join();
    }
}
