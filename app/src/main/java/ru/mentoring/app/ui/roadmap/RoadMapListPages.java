package ru.mentoring.app.ui.roadmap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.groups.Default;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.api.roadmap.CreateRoadMap;
import ru.mentoring.api.roadmap.CreateRoadMapFromTemplate;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.api.roadmap.RoadMapSummary;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.ScopedLists;
import ru.mentoring.app.ui.MoscowCalendar;
import ru.mentoring.app.ui.UiCommands;
import ru.mentoring.command.roadmap.RoadMapTemplates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * «Дорожные карты»: the plans of regions, municipalities and organizations with how far each has got, and the
 * two ways to start a new one — from a template typed in from a source document, or an empty plan.
 */
@Controller
@RequestMapping("/ui/road-maps")
class RoadMapListPages {

    private final QueryGateway queries;
    private final ScopedLists scoped;
    private final UiCommands commands;
    private final RoadMapOwners owners;
    private final RoadMapTemplates templates;
    private final MoscowCalendar calendar;

    RoadMapListPages(QueryGateway queries, UiCommands commands, RoadMapOwners owners, RoadMapTemplates templates,
                     MoscowCalendar calendar, ScopedLists scoped) {
        this.scoped = scoped;
        this.calendar = calendar;
        this.queries = queries;
        this.commands = commands;
        this.owners = owners;
        this.templates = templates;
    }

    @GetMapping
    String roadMaps(@AuthenticationPrincipal UiUser user, Model model) {
        return list(user, model);
    }

    @PostMapping("/from-template")
    String createFromTemplate(@Validated({Default.class, NewRoadMapForm.FromTemplate.class})
                              @ModelAttribute("templateForm") NewRoadMapForm form, BindingResult errors,
                              @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                              RedirectAttributes redirect) {
        UUID owner = form.owner(errors);
        PlanPeriod period = form.planPeriod(errors);
        if (errors.hasErrors()) {
            return list(user, model);
        }
        RoadMapId roadMapId = RoadMapId.random();
        return send(new CreateRoadMapFromTemplate(roadMapId, form.getTemplateCode(), owner, period, form.getTitle()),
                roadMapId, user, request, model, redirect);
    }

    @PostMapping("/empty")
    String createEmpty(@Validated({Default.class, NewRoadMapForm.Empty.class})
                       @ModelAttribute("emptyForm") NewRoadMapForm form, BindingResult errors,
                       @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                       RedirectAttributes redirect) {
        UUID owner = form.owner(errors);
        PlanPeriod period = form.planPeriod(errors);
        if (errors.hasErrors()) {
            return list(user, model);
        }
        RoadMapId roadMapId = RoadMapId.random();
        return send(new CreateRoadMap(roadMapId, form.getLevel(), owner, period, form.getTitle()),
                roadMapId, user, request, model, redirect);
    }

    private String send(Object command, RoadMapId roadMapId, UiUser user, HttpServletRequest request, Model model,
                        RedirectAttributes redirect) {
        Optional<String> refusal = commands.send(command, user, request);
        if (refusal.isPresent()) {
            model.addAttribute("error", refusal.get());
            return list(user, model);
        }
        redirect.addFlashAttribute("notice", "roadmap.created");
        return "redirect:/ui/road-maps/" + roadMapId;
    }

    private String list(UiUser user, Model model) {
        LocalDate today = calendar.today();
        String period = calendar.academicYear().toString();
        if (!model.containsAttribute("templateForm")) {
            model.addAttribute("templateForm", NewRoadMapForm.forPeriod(period));
        }
        if (!model.containsAttribute("emptyForm")) {
            model.addAttribute("emptyForm", NewRoadMapForm.forPeriod(period));
        }
        List<RoadMapSummary> roadMaps = queries.query(scoped.roadMaps(user, today),
                ResponseTypes.multipleInstancesOf(RoadMapSummary.class)).join();
        List<RoadMapOwners.Owner> known = owners.all().stream()
                .filter(owner -> scoped.reaches(user, owner.id())).toList();
        model.addAttribute("roadMaps", roadMaps);
        model.addAttribute("ownerNames", RoadMapOwners.names(known));
        model.addAttribute("owners", known);
        model.addAttribute("templates", templates.all());
        model.addAttribute("levels", RoadMapLevel.values());
        return "road-maps";
    }

    /** The academic year under way: it starts on 1 September. */
}
