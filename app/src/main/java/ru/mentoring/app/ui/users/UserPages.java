package ru.mentoring.app.ui.users;

import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
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
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.access.Places;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.organization.OrganizationSummary;
import ru.mentoring.app.security.RoleScopes;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.ScopedLists;
import ru.mentoring.app.security.UiUsers;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * «Пользователи»: who may sign in, in which role and for which organization, kept by a regional administrator
 * (the security configuration lets no one else here). A user is stopped rather than deleted, so that the
 * actor named in past events stays someone the system knew.
 */
@Controller
@RequestMapping("/ui/admin/users")
class UserPages {

    /** The roles staff sign in with: {@link ActorRole#SYSTEM} is the engine's own, never a person's. */
    static final Set<ActorRole> ROLES = EnumSet.complementOf(EnumSet.of(ActorRole.SYSTEM, ActorRole.REPORTING_SERVICE));
    /** BCrypt reads no more than 72 bytes of a password (36 Cyrillic letters). */
    static final int PASSWORD_MAX_BYTES = 72;

    private final UiUsers users;
    private final PasswordEncoder passwords;
    private final SessionRegistry sessions;
    private final ScopedLists scoped;
    private final Places places;

    UserPages(UiUsers users, PasswordEncoder passwords, SessionRegistry sessions,
              ScopedLists scoped, Places places) {
        this.scoped = scoped;
        this.places = places;
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    @GetMapping
    String list(@AuthenticationPrincipal UiUser signedIn, Model model) {
        return page(signedIn, model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("userForm") UserForm form, BindingResult errors, Model model,
               @AuthenticationPrincipal UiUser signedIn, RedirectAttributes redirect) {
        if (form.getRole() != null && !ROLES.contains(form.getRole())) {
            errors.rejectValue("role", "users.role.invalid");
        } else if (form.getRole() != null) {
            UUID organization = organizationId(form);
            RoleScopes.check(form.getRole(), form.getRegion(), form.getMunicipality(), organization,
                            organization == null ? List.of() : places.of(organization), signedIn.getRole(),
                            signedIn.getRegion())
                    .forEach(problem -> errors.rejectValue(problem.field(), problem.key()));
        }
        if (Actor.system().userId().equalsIgnoreCase(String.valueOf(form.getUsername()))) {
            // the engine's own name in every event it causes
            errors.rejectValue("username", "users.username.reserved");
        }
        if (form.getPassword() != null && !errors.hasFieldErrors("password")
                && form.getPassword().getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            errors.rejectValue("password", "users.password.bytes");
        }
        if (errors.hasErrors()) {
            return page(signedIn, model);
        }
        try {
            users.add(new UiUser(form.getUsername(), passwords.encode(form.getPassword()), form.getRole(),
                    form.getRegion(), form.getMunicipality(), form.getOrganization(), form.getFullName(), true, false));
        } catch (DuplicateKeyException taken) {
            errors.rejectValue("username", "users.username.taken");
            return page(signedIn, model);
        }
        redirect.addFlashAttribute("notice", "users.added");
        redirect.addFlashAttribute("noticeArg", form.getUsername());
        return "redirect:/ui/admin/users";
    }

    @PostMapping("/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled,
                  @AuthenticationPrincipal UiUser signedIn, RedirectAttributes redirect) {
        if (!mayManage(signedIn, username)) {
            return "forward:/ui/not-found";
        }
        if (!enabled && username.equals(signedIn.getUsername())) {
            redirect.addFlashAttribute("refusal", "users.disable.self");
            return "redirect:/ui/admin/users";
        }
        users.enable(username, enabled);
        if (!enabled) {
            // a stopped user who is signed in is signed out at their next request, on whichever node it lands
            sessions.getAllSessions(username, false).forEach(SessionInformation::expireNow);
        }
        redirect.addFlashAttribute("notice", enabled ? "users.enabled" : "users.disabled");
        redirect.addFlashAttribute("noticeArg", username);
        return "redirect:/ui/admin/users";
    }

    private static UUID organizationId(UserForm form) {
        try {
            return form.getOrganization() == null ? null : UUID.fromString(form.getOrganization());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** The operator keeps every user; a regional administrator the users of their region. */
    private boolean mayManage(UiUser signedIn, String username) {
        return signedIn.getRole() == ActorRole.OPERATOR || users.all().stream()
                .anyMatch(user -> user.getUsername().equals(username) && inRegion(user, signedIn));
    }

    private boolean inRegion(UiUser user, UiUser signedIn) {
        if (signedIn.getRole() == ActorRole.OPERATOR) {
            return true;
        }
        if (user.getOrganization() != null) {
            return scoped.reaches(signedIn, UUID.fromString(user.getOrganization()));
        }
        return signedIn.getRegion() != null && signedIn.getRegion().equals(user.getRegion());
    }

    private String page(UiUser signedIn, Model model) {
        List<OrganizationSummary> organizations = scoped.organizations(signedIn);
        Map<String, String> names = organizations.stream().collect(Collectors.toMap(
                organization -> organization.organizationId().toString(), OrganizationSummary::name,
                (first, second) -> first));
        model.addAttribute("users", users.all().stream().filter(user -> inRegion(user, signedIn)).toList());
        model.addAttribute("organizations", organizations);
        model.addAttribute("organizationNames", names);
        model.addAttribute("roles", ROLES);
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", new UserForm());
        }
        return "users";
    }
}
