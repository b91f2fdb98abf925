package ru.mentoring.app.ui.users;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.security.UiUsers;

import java.nio.charset.StandardCharsets;

/**
 * «Смена пароля»: every user changes their own password, proving the one they have — the operator's one-time
 * password of the first start first of all.
 */
@Controller
@RequestMapping("/ui/account/password")
class PasswordPages {

    private final UiUsers users;
    private final PasswordEncoder passwords;

    PasswordPages(UiUsers users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        return "password";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
                  @AuthenticationPrincipal UiUser user, RedirectAttributes redirect) {
        UiUser stored = users.loadUserByUsername(user.getUsername());
        if (form.getCurrent() != null && !passwords.matches(form.getCurrent(), stored.getPassword())) {
            errors.rejectValue("current", "password.current.wrong");
        }
        if (form.getPassword() != null && !errors.hasFieldErrors("password")
                && form.getPassword().getBytes(StandardCharsets.UTF_8).length > UserPages.PASSWORD_MAX_BYTES) {
            errors.rejectValue("password", "users.password.bytes");
        }
        if (form.getPassword() != null && !form.getPassword().equals(form.getRepeated())) {
            errors.rejectValue("repeated", "password.repeated.differs");
        }
        if (errors.hasErrors()) {
            return "password";
        }
        users.changePassword(user.getUsername(), passwords.encode(form.getPassword()));
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/ui/account/password";
    }
}
