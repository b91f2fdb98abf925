package ru.mentoring.app.ui.program;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.OrganizationSummary;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramPage;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.ScopedLists;
import ru.mentoring.app.ui.PageLinks;
import ru.mentoring.app.ui.UiCommands;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * «Программы наставничества»: the registry of programs, newest first, and the form that opens a new one.
 */
@Controller
@RequestMapping("/ui")
class ProgramListPages {

    static final int PAGE_SIZE = 20;

    private final UiCommands commands;
    private final QueryGateway queries;
    private final ScopedLists scoped;

    ProgramListPages(UiCommands commands, QueryGateway queries, ScopedLists scoped) {
        this.scoped = scoped;
        this.commands = commands;
        this.queries = queries;
    }

    /** Where signing in leads: the operator, who keeps no programs, to the users. */
    @GetMapping
    String start(@AuthenticationPrincipal UiUser user) {
        return user != null && user.getRole() == ActorRole.OPERATOR
                ? "redirect:/ui/admin/users" : "redirect:/ui/programs";
    }

    @GetMapping("/programs")
    String programs(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) UUID organizationId,
                    @AuthenticationPrincipal UiUser user, Model model) {
        ProgramForm form = new ProgramForm();
        if (organizationId != null) {
            form.setOrganizationId(organizationId.toString());
        } else if (user != null && user.getOrganization() != null) {
            // a curator opens programs of their own school
            form.setOrganizationId(user.getOrganization());
        }
        model.addAttribute("programForm", form);
        return list(Math.max(page, 0), user, model);
    }

    @PostMapping("/programs")
    String create(@Valid @ModelAttribute("programForm") ProgramForm form, BindingResult errors,
                  @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        AcademicPeriod period = errors.hasFieldErrors("period") ? null : period(form, errors);
        if (errors.hasErrors()) {
            return list(0, user, model);
        }
        ProgramId programId = ProgramId.random();
        Optional<String> refused = commands.send(new CreateProgram(programId,
                new OrganizationId(UUID.fromString(form.getOrganizationId())), period,
                form.getTitle()), user, request);
        if (refused.isPresent()) {
            model.addAttribute("error", refused.get());
            return list(0, user, model);
        }
        redirect.addFlashAttribute("notice", "program.created");
        return "redirect:/ui/programs/" + programId;
    }

    private static AcademicPeriod period(ProgramForm form, BindingResult errors) {
        try {
            return AcademicPeriod.parse(form.getPeriod());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("period", "period.invalid", e.getMessage());
            return null;
        }
    }

    private String list(int page, UiUser user, Model model) {
        ProgramPage programs = queries.query(scoped.programs(user, page, PAGE_SIZE),
                ResponseTypes.instanceOf(ProgramPage.class)).join();
        List<OrganizationSummary> organizations = scoped.organizations(user);
        model.addAttribute("programs", programs);
        model.addAttribute("pager", new PageLinks(programs.page(), programs.size(), programs.totalElements()));
        model.addAttribute("organizations", organizations);
        model.addAttribute("organizationNames", organizations.stream().collect(Collectors.toMap(
                OrganizationSummary::organizationId, OrganizationSummary::name, (first, second) -> first)));
        return "programs";
    }
}
