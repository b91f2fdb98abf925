package ru.mentoring.app.ui.roadmap;

import jakarta.servlet.http.HttpServletRequest;
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
import ru.mentoring.api.roadmap.AddRoadMapSection;
import ru.mentoring.api.roadmap.AmendRoadMap;
import ru.mentoring.api.roadmap.ApproveRoadMap;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.ItemSchedule;
import ru.mentoring.api.roadmap.PlanRoadMapItem;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.UiCommands;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * «Дорожная карта»: one plan — its approval by order and its amendments, its sections and the items planned
 * in them. The work on single items is in {@link RoadMapItemPages}, the import in {@link RoadMapImportPages}.
 */
@Controller
@RequestMapping("/ui/road-maps/{roadMapId}")
class RoadMapPages {

    private final RoadMapPlan plan;
    private final UiCommands commands;

    RoadMapPages(RoadMapPlan plan, UiCommands commands) {
        this.plan = plan;
        this.commands = commands;
    }

    @GetMapping
    String roadMap(@PathVariable UUID roadMapId, Model model) {
        return plan.page(roadMapId, model);
    }

    @PostMapping("/approval")
    String approve(@PathVariable UUID roadMapId, @Valid @ModelAttribute("approvalForm") ApprovalForm form,
                   BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                   Model model, RedirectAttributes redirect) {
        LocalDate orderDate = FormDates.parse(form.getOrderDate(), "orderDate", errors);
        if (errors.hasErrors()) {
            return plan.page(roadMapId, model);
        }
        return send(new ApproveRoadMap(new RoadMapId(roadMapId), form.getOrderNumber(), orderDate),
                "roadmap.approved", roadMapId, user, request, model, redirect);
    }

    @PostMapping("/amendment")
    String amend(@PathVariable UUID roadMapId, @Valid @ModelAttribute("amendmentForm") TextForm form,
                 BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                 Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return plan.page(roadMapId, model);
        }
        return send(new AmendRoadMap(new RoadMapId(roadMapId), form.getText()), "roadmap.amendment.opened",
                roadMapId, user, request, model, redirect);
    }

    @PostMapping("/sections")
    String addSection(@PathVariable UUID roadMapId, @Valid @ModelAttribute("sectionForm") TextForm form,
                      BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                      Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return plan.page(roadMapId, model);
        }
        return send(new AddRoadMapSection(new RoadMapId(roadMapId), form.getText()), "roadmap.section.added",
                roadMapId, user, request, model, redirect);
    }

    @PostMapping("/items")
    String planItem(@PathVariable UUID roadMapId, @Valid @ModelAttribute("planForm") ItemPlanForm form,
                    BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                    Model model, RedirectAttributes redirect) {
        LocalDate start = FormDates.parse(form.getStart(), "start", errors);
        LocalDate end = FormDates.parse(form.getEnd(), "end", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("end", "roadmap.form.end.beforeStart");
        }
        if (errors.hasErrors()) {
            return plan.page(roadMapId, model);
        }
        ItemContent content = new ItemContent(form.getNumber(), form.getActivity(),
                form.getExpectedResult(), form.getIndicators(),
                new ItemSchedule(start, end, form.getRecurrence(), form.getTerm()), form.responsibleList());
        return send(new PlanRoadMapItem(new RoadMapId(roadMapId), RoadMapItemId.random(), form.getSectionNumber(),
                content), "roadmap.item.planned", roadMapId, user, request, model, redirect);
    }

    private String send(Object command, String notice, UUID roadMapId, UiUser user, HttpServletRequest request,
                        Model model, RedirectAttributes redirect) {
        Optional<String> refusal = commands.send(command, user, request);
        if (refusal.isPresent()) {
            model.addAttribute("error", refusal.get());
            return plan.page(roadMapId, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/ui/road-maps/" + roadMapId;
    }
}
