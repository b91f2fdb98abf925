package ru.mentoring.app.ui.users;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.organization.OrganizationSummary;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.security.api.ApiClientRegistry;
import ru.mentoring.app.ui.ScopedLists;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * «Клиенты API»: the systems that call the API (reporting services above all) — registered with a role and a
 * territory, their secret shown once, listed with their last use, revoked.
 */
@Controller
@RequestMapping("/ui/admin/api-clients")
class ApiClientPages {

    static final Set<ActorRole> ROLES = EnumSet.complementOf(EnumSet.of(ActorRole.SYSTEM));

    private final ApiClientRegistry registry;
    private final ScopedLists scoped;

    ApiClientPages(ApiClientRegistry registry, ScopedLists scoped) {
        this.registry = registry;
        this.scoped = scoped;
    }

    @GetMapping
    String list(@AuthenticationPrincipal UiUser user, Model model) {
        return page(user, model);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("clientForm") ApiClientForm form, BindingResult errors,
                    @AuthenticationPrincipal UiUser user, Model model) {
        UUID organization = organizationId(form.getOrganization());
        var registration = new ApiClientRegistry.Registration(form.getName(), form.getRole(), form.getRegion(),
                form.getMunicipality(), organization);
        if (form.getRole() != null && !ROLES.contains(form.getRole())) {
            errors.rejectValue("role", "users.role.invalid");
        } else if (form.getRole() != null) {
            registry.problems(registration, user.actor())
                    .forEach(problem -> errors.rejectValue(problem.field(), problem.key()));
        }
        if (errors.hasErrors()) {
            return page(user, model);
        }
        model.addAttribute("registered", registry.register(registration, user.actor()));
        model.addAttribute("clientForm", new ApiClientForm());
        return page(user, model);
    }

    @PostMapping("/{clientId}/revocation")
    String revoke(@PathVariable String clientId, @AuthenticationPrincipal UiUser user,
                  RedirectAttributes redirect) {
        if (registry.revoke(clientId, user.actor()).isEmpty()) {
            return "forward:/ui/not-found";
        }
        redirect.addFlashAttribute("notice", "clients.revoked");
        redirect.addFlashAttribute("noticeArg", clientId);
        return "redirect:/ui/admin/api-clients";
    }

    private String page(UiUser user, Model model) {
        List<OrganizationSummary> organizations = scoped.organizations(user);
        model.addAttribute("clients", registry.visibleTo(user.actor()));
        model.addAttribute("organizations", organizations);
        model.addAttribute("roles", ROLES);
        if (!model.containsAttribute("clientForm")) {
            model.addAttribute("clientForm", new ApiClientForm());
        }
        return "api-clients";
    }

    private static UUID organizationId(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
