package ru.mentoring.app.ui.users;

import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
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
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.organization.FindOrganizations;
import ru.mentoring.api.organization.OrganizationSummary;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.security.UiUsers;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * «Пользователи»: who may sign in, in which role and for which organization, kept by a regional administrator
 * (the security configuration lets no one else here). A user is stopped rather than deleted, so that the
 * actor named in past events stays someone the system knew.
 */
@Controller
@RequestMapping("/ui/admin/users")
class UserPages {

    private final UiUsers users;
    private final PasswordEncoder passwords;
    private final QueryGateway queries;

    UserPages(UiUsers users, PasswordEncoder passwords, QueryGateway queries) {
        this.users = users;
        this.passwords = passwords;
        this.queries = queries;
    }

    @GetMapping
    String list(Model model) {
        return page(model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("userForm") UserForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        if (form.getRole() == ActorRole.ORGANIZATION_CURATOR && form.getOrganization() == null) {
            errors.rejectValue("organization", "users.organization.required");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            users.add(new UiUser(form.getUsername(), passwords.encode(form.getPassword()), form.getRole(),
                    form.getOrganization(), form.getFullName(), true));
        } catch (DuplicateKeyException taken) {
            errors.rejectValue("username", "users.username.taken");
            return page(model);
        }
        redirect.addFlashAttribute("notice", "users.added");
        redirect.addFlashAttribute("noticeArg", form.getUsername());
        return "redirect:/ui/admin/users";
    }

    @PostMapping("/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled,
                  @AuthenticationPrincipal UiUser signedIn, RedirectAttributes redirect) {
        if (!enabled && username.equals(signedIn.getUsername())) {
            redirect.addFlashAttribute("error", "Нельзя остановить собственную учётную запись");
            return "redirect:/ui/admin/users";
        }
        users.enable(username, enabled);
        redirect.addFlashAttribute("notice", enabled ? "users.enabled" : "users.disabled");
        redirect.addFlashAttribute("noticeArg", username);
        return "redirect:/ui/admin/users";
    }

    private String page(Model model) {
        List<OrganizationSummary> organizations = queries.query(new FindOrganizations(null, null),
                ResponseTypes.multipleInstancesOf(OrganizationSummary.class)).join();
        Map<String, String> names = organizations.stream().collect(Collectors.toMap(
                organization -> organization.organizationId().toString(), OrganizationSummary::name,
                (first, second) -> first));
        model.addAttribute("users", users.all());
        model.addAttribute("organizations", organizations);
        model.addAttribute("organizationNames", names);
        model.addAttribute("roles", ActorRole.values());
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", new UserForm());
        }
        return "users";
    }
}
