package ru.mentoring.app.digest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.app.security.UiUser;

import java.util.Optional;

/**
 * «Сводка по почте»: a curator or municipal coordinator gives the address their daily digest goes to, or turns it
 * off; others are told who gets one.
 */
@Controller
@RequestMapping("/ui/account/digest")
class DigestPages {

    private final DigestSubscriptions subscriptions;
    private final DailyDigests digests;

    DigestPages(DigestSubscriptions subscriptions, DailyDigests digests) {
        this.subscriptions = subscriptions;
        this.digests = digests;
    }

    @GetMapping
    String form(@AuthenticationPrincipal UiUser user, Model model) {
        DigestSubscriptions.Setting setting = subscriptions.of(user.getUsername());
        DigestForm form = new DigestForm();
        form.setEmail(setting.erased() ? null : setting.email());
        form.setEnabled(setting.enabled());
        model.addAttribute("digestForm", form);
        return page(user, setting, model);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("digestForm") DigestForm form, BindingResult errors,
                @AuthenticationPrincipal UiUser user, Model model, HttpServletRequest request,
                RedirectAttributes redirect) {
        if (!DigestSubscriptions.ROLES.contains(user.getRole())) {
            return "redirect:/ui/account/digest";
        }
        if (errors.hasErrors()) {
            return page(user, subscriptions.of(user.getUsername()), model);
        }
        Optional<String> refused = subscriptions.save(user, form.getEmail(), form.isEnabled(), request);
        if (refused.isPresent()) {
            model.addAttribute("error", refused.get());
            return page(user, subscriptions.of(user.getUsername()), model);
        }
        redirect.addFlashAttribute("notice", "digest.saved");
        return "redirect:/ui/account/digest";
    }

    private String page(UiUser user, DigestSubscriptions.Setting setting, Model model) {
        model.addAttribute("forRole", DigestSubscriptions.ROLES.contains(user.getRole()));
        model.addAttribute("erased", setting.erased());
        model.addAttribute("mailOn", digests.on());
        return "digest";
    }
}
