package ru.mentoring.app.ui.pairs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import ru.mentoring.api.pair.CompletePair;
import ru.mentoring.api.pair.DissolvePair;
import ru.mentoring.api.pair.GiveFeedback;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.RecordMeeting;
import ru.mentoring.app.security.UiUser;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The pair's work from its page: its meetings in the prescribed order, feedback on it, and its end — completed
 * after the final meeting, or dissolved early.
 */
@Controller
@RequestMapping("/ui/pairs/{pairId}")
class PairWorkSteps {

    private final PairStepSender sender;
    private final Clock clock;

    PairWorkSteps(PairStepSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @PostMapping("/meetings")
    String meet(@PathVariable UUID pairId, @Valid @ModelAttribute("pairMeetingForm") PairMeetingForm form,
                BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                RedirectAttributes redirect) throws NoResourceFoundException {
        // the meeting's date is the user's; the moment it was recorded, from which a stall is counted, is ours
        return sender.send(new PairStepSender.Step(pairId, "meetings", errors, user, request, model, redirect),
                () -> new RecordMeeting(new PairId(pairId), form.getType(), form.getDate(), form.getFormat(),
                        form.getTopic(), form.getNotes(), clock.instant()),
                "pairs.meeting.recorded");
    }

    @PostMapping("/feedback")
    String feedback(@PathVariable UUID pairId, @Valid @ModelAttribute("pairFeedbackForm") PairFeedbackForm form,
                    BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                    Model model, RedirectAttributes redirect) throws NoResourceFoundException {
        Optional<FeedbackGiver> giver = FeedbackGiver.parse(form.getGiver());
        if (giver.isEmpty() && !errors.hasFieldErrors("giver")) {
            errors.rejectValue("giver", "pairs.feedback.giver.invalid");
        }
        return sender.send(new PairStepSender.Step(pairId, "feedback", errors, user, request, model, redirect),
                () -> new GiveFeedback(new PairId(pairId), giver.orElseThrow().source(),
                        giver.orElseThrow().personId(), form.getScore(), form.getComment(),
                        form.getDate()), "pairs.feedback.given");
    }

    @PostMapping("/completion")
    String complete(@PathVariable UUID pairId, @Valid @ModelAttribute("pairCompletionForm") PairCompletionForm form,
                    BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                    Model model, RedirectAttributes redirect) throws NoResourceFoundException {
        return sender.send(new PairStepSender.Step(pairId, "end", errors, user, request, model, redirect),
                () -> new CompletePair(new PairId(pairId), form.getOutcome(), form.getCompletedOn()),
                "pairs.completed");
    }

    @PostMapping("/dissolution")
    String dissolve(@PathVariable UUID pairId,
                    @Valid @ModelAttribute("pairDissolutionForm") PairDissolutionForm form, BindingResult errors,
                    @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                    RedirectAttributes redirect) throws NoResourceFoundException {
        // the dissolution form is folded away; a refused one opens again so its errors are seen
        model.addAttribute("dissolutionOpen", true);
        return sender.send(new PairStepSender.Step(pairId, "end", errors, user, request, model, redirect),
                () -> new DissolvePair(new PairId(pairId), form.getReason(), form.getDissolvedOn()),
                "pairs.dissolved");
    }
}
