package ru.mentoring.app.ui.reports;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.app.deadletters.DeadLetters;
import ru.mentoring.app.deadletters.ParkedEvent;
import ru.mentoring.app.deadletters.RetryOutcome;
import ru.mentoring.app.security.SignedInOrigin;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.MoscowCalendar;

import java.util.Optional;

/**
 * «Недоставленные события»: for the operator (security lets no one else here), what each processing group has
 * parked, with a retry of a group or of one letter's sequence once the cause is fixed, and the eviction of a
 * letter with a reason, recorded in the event store.
 */
@Controller
@RequestMapping("/ui/admin/dead-letters")
class DeadLetterPages {

    static final int REASON_MAX = 500;

    private final DeadLetters deadLetters;

    DeadLetterPages(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    String deadLetters(Model model) {
        model.addAttribute("groups", deadLetters.all());
        model.addAttribute("zone", MoscowCalendar.ZONE);
        return "dead-letters";
    }

    @PostMapping("/{group}/retry")
    String retryAll(@PathVariable String group, RedirectAttributes redirect) {
        if (!deadLetters.knows(group)) {
            redirect.addFlashAttribute("refusal", "deadletters.group.unknown");
        } else {
            retried(deadLetters.retryAll(group), redirect);
        }
        return "redirect:/ui/admin/dead-letters";
    }

    @PostMapping("/{group}/{letterId}/retry")
    String retry(@PathVariable String group, @PathVariable String letterId, RedirectAttributes redirect) {
        letter(group, letterId, redirect).ifPresent(letter -> retried(deadLetters.retry(group, letter), redirect));
        return "redirect:/ui/admin/dead-letters";
    }

    @PostMapping("/{group}/{letterId}/eviction")
    String evict(@PathVariable String group, @PathVariable String letterId,
                 @RequestParam(required = false) String reason, @AuthenticationPrincipal UiUser user,
                 HttpServletRequest request, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            redirect.addFlashAttribute("refusal", "deadletters.reason.required");
            return "redirect:/ui/admin/dead-letters";
        }
        letter(group, letterId, redirect).ifPresent(letter -> deadLetters.evict(group, letter, reason,
                        SignedInOrigin.of(user, request).metaData())
                .ifPresentOrElse(evicted -> {
                    redirect.addFlashAttribute("notice", "deadletters.evicted");
                    redirect.addFlashAttribute("noticeArg", letter.eventType());
                }, () -> redirect.addFlashAttribute("refusal", "deadletters.letter.unknown")));
        return "redirect:/ui/admin/dead-letters";
    }

    private Optional<ParkedEvent> letter(String group, String letterId, RedirectAttributes redirect) {
        Optional<ParkedEvent> letter = deadLetters.knows(group) ? deadLetters.find(group, letterId) : Optional.empty();
        if (letter.isEmpty()) {
            redirect.addFlashAttribute("refusal", "deadletters.letter.unknown");
        }
        return letter;
    }

    private static void retried(RetryOutcome outcome, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "deadletters.retried");
        redirect.addFlashAttribute("noticeArg", outcome.cleared().size() + " / " + outcome.retried().size());
    }
}
