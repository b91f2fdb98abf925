package ru.mentoring.app.ui.pairs;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.UiCommands;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * One step of a pair's work sent from its page: a valid form's command goes to the pair and the page is shown
 * again with the notice (Post/Redirect/Get); an invalid form or a refusal shows the page again with the form
 * as typed, its errors beside the fields, the domain's refusal in the form's section.
 */
@Component
class PairStepSender {

    private final UiCommands commands;
    private final PairPages page;

    PairStepSender(UiCommands commands, PairPages page) {
        this.commands = commands;
        this.page = page;
    }

    /** What the sender needs of the request it answers. */
    record Step(UUID pairId, String section, BindingResult errors, UiUser user, HttpServletRequest request,
                Model model, RedirectAttributes redirect) {
    }

    String send(Step step, Supplier<Object> command, String notice) throws NoResourceFoundException {
        if (!step.errors().hasErrors()) {
            var refusal = commands.send(command.get(), step.user(), step.request());
            if (refusal.isEmpty()) {
                step.redirect().addFlashAttribute("notice", notice);
                return "redirect:/ui/pairs/" + step.pairId() + "#" + step.section();
            }
            step.model().addAttribute("error", refusal.get());
            step.model().addAttribute("failedSection", step.section());
        }
        return page.render(step.pairId(), step.model());
    }
}
