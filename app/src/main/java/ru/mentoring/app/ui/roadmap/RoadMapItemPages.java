package ru.mentoring.app.ui.roadmap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.groups.Default;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.api.roadmap.CancelRoadMapItem;
import ru.mentoring.api.roadmap.CompleteRoadMapItem;
import ru.mentoring.api.roadmap.CompleteRoadMapItemOccurrence;
import ru.mentoring.api.roadmap.ItemEvidence;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.StartRoadMapItem;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.UiCommands;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The work on one item of a plan, from its row: started, done with a document and/or an indicator value (the
 * whole item, or one occurrence of a recurring one), cancelled with a reason. A refused form comes back open in
 * its row with what was typed.
 */
@Controller
@RequestMapping("/ui/road-maps/{roadMapId}/items/{itemId}")
class RoadMapItemPages {

    private final RoadMapPlan plan;
    private final UiCommands commands;

    RoadMapItemPages(RoadMapPlan plan, UiCommands commands) {
        this.plan = plan;
        this.commands = commands;
    }

    @PostMapping("/start")
    String start(@PathVariable UUID roadMapId, @PathVariable UUID itemId,
                 @Validated @ModelAttribute("itemForm") ItemActionForm form, BindingResult errors,
                 @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                 RedirectAttributes redirect) {
        LocalDate on = FormDates.parse(form.getOn(), "on", errors);
        if (errors.hasErrors()) {
            return refused("start", itemId, roadMapId, model);
        }
        return send(new StartRoadMapItem(new RoadMapId(roadMapId), new RoadMapItemId(itemId), on),
                "roadmap.item.started", "start", roadMapId, itemId, user, request, model, redirect);
    }

    @PostMapping("/completion")
    String complete(@PathVariable UUID roadMapId, @PathVariable UUID itemId,
                    @Validated @ModelAttribute("itemForm") ItemActionForm form, BindingResult errors,
                    @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                    RedirectAttributes redirect) {
        LocalDate on = FormDates.parse(form.getOn(), "on", errors);
        if (errors.hasErrors()) {
            return refused("complete", itemId, roadMapId, model);
        }
        return send(new CompleteRoadMapItem(new RoadMapId(roadMapId), new RoadMapItemId(itemId), on, evidence(form)),
                "roadmap.item.completed", "complete", roadMapId, itemId, user, request, model, redirect);
    }

    @PostMapping("/occurrence-completion")
    String completeOccurrence(@PathVariable UUID roadMapId, @PathVariable UUID itemId,
                              @Validated({Default.class, ItemActionForm.Occurrence.class})
                              @ModelAttribute("itemForm") ItemActionForm form, BindingResult errors,
                              @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                              RedirectAttributes redirect) {
        LocalDate on = FormDates.parse(form.getOn(), "on", errors);
        LocalDate due = FormDates.parse(form.getDueDate(), "dueDate", errors);
        if (errors.hasErrors()) {
            return refused("occurrence", itemId, roadMapId, model);
        }
        return send(new CompleteRoadMapItemOccurrence(new RoadMapId(roadMapId), new RoadMapItemId(itemId), due, on,
                evidence(form)), "roadmap.item.occurrenceCompleted", "occurrence", roadMapId, itemId, user, request,
                model, redirect);
    }

    @PostMapping("/cancellation")
    String cancel(@PathVariable UUID roadMapId, @PathVariable UUID itemId,
                  @Validated({Default.class, ItemActionForm.Cancel.class})
                  @ModelAttribute("itemForm") ItemActionForm form, BindingResult errors,
                  @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        LocalDate on = FormDates.parse(form.getOn(), "on", errors);
        if (errors.hasErrors()) {
            return refused("cancel", itemId, roadMapId, model);
        }
        return send(new CancelRoadMapItem(new RoadMapId(roadMapId), new RoadMapItemId(itemId), form.getReason(),
                on), "roadmap.item.cancelled", "cancel", roadMapId, itemId, user, request, model, redirect);
    }

    private static ItemEvidence evidence(ItemActionForm form) {
        return new ItemEvidence(form.getDocumentReference(), form.getIndicatorValue(), null);
    }

    private String send(Object command, String notice, String action, UUID roadMapId, UUID itemId, UiUser user,
                        HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Optional<String> refusal = commands.send(command, user, request);
        if (refusal.isPresent()) {
            model.addAttribute("error", refusal.get());
            return refused(action, itemId, roadMapId, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/ui/road-maps/" + roadMapId + "#item-" + itemId;
    }

    /** The plan again, the refused form open in the item's row with what was typed. */
    private String refused(String action, UUID itemId, UUID roadMapId, Model model) {
        model.addAttribute("actionItem", itemId);
        model.addAttribute("action", action);
        return plan.page(roadMapId, model);
    }
}
