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
import ru.mentoring.api.pair.AmendIndividualPlan;
import ru.mentoring.api.pair.ApproveIndividualPlan;
import ru.mentoring.api.pair.CompletePlanActivity;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.SignAgreement;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.MoscowCalendar;

import java.util.UUID;

/**
 * The pair's groundwork from its page: the agreement on cooperation, the individual plan approved and amended,
 * and its activities marked done.
 */
@Controller
@RequestMapping("/ui/pairs/{pairId}")
class PairPlanSteps {

    private final PairStepSender sender;
    private final MoscowCalendar calendar;

    PairPlanSteps(PairStepSender sender, MoscowCalendar calendar) {
        this.sender = sender;
        this.calendar = calendar;
    }

    @PostMapping("/agreement")
    String sign(@PathVariable UUID pairId, @Valid @ModelAttribute("pairAgreementForm") PairAgreementForm form,
                BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                RedirectAttributes redirect) throws NoResourceFoundException {
        return sender.send(new PairStepSender.Step(pairId, "agreement", errors, user, request, model, redirect),
                () -> new SignAgreement(new PairId(pairId), form.getSignedOn()), "pairs.agreement.signed");
    }

    @PostMapping("/plan")
    String approve(@PathVariable UUID pairId, @ModelAttribute("pairPlanForm") PairPlanForm form,
                   BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                   Model model, RedirectAttributes redirect) throws NoResourceFoundException {
        form.check(errors, false);
        return sender.send(new PairStepSender.Step(pairId, "plan", errors, user, request, model, redirect),
                () -> new ApproveIndividualPlan(new PairId(pairId), form.planned(), calendar.today()),
                "pairs.plan.approved");
    }

    @PostMapping("/plan/amendment")
    String amend(@PathVariable UUID pairId, @ModelAttribute("pairAmendForm") PairPlanForm form,
                 BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                 RedirectAttributes redirect) throws NoResourceFoundException {
        form.check(errors, true);
        // the amendment form is folded away; a refused one opens again so its errors are seen
        model.addAttribute("amendOpen", true);
        return sender.send(new PairStepSender.Step(pairId, "plan", errors, user, request, model, redirect),
                () -> new AmendIndividualPlan(new PairId(pairId), form.planned(), form.getReason(),
                        calendar.today()), "pairs.plan.amended");
    }

    @PostMapping("/plan/completion")
    String done(@PathVariable UUID pairId, @Valid @ModelAttribute("pairActivityForm") PairActivityForm form,
                BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                RedirectAttributes redirect) throws NoResourceFoundException {
        return sender.send(new PairStepSender.Step(pairId, "plan", errors, user, request, model, redirect),
                () -> new CompletePlanActivity(new PairId(pairId), form.getNumber(), form.getCompletedOn(),
                        form.getEvidence()), "pairs.activity.done");
    }
}
