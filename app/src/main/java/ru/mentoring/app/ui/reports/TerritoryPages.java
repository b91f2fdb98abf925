package ru.mentoring.app.ui.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import ru.mentoring.api.organization.OrganizationSummary;
import ru.mentoring.api.reporting.FindTerritoryReferenceData;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.SetKpiTargets;
import ru.mentoring.api.reporting.SetTerritoryFigures;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.api.reporting.TerritoryYear;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.UiCommands;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * «Территории»: a region's or municipality's reference data year by year — children 10–19 and 15–19, young
 * teachers and enterprises, the denominators of the KPIs — and its KPI targets in percent, with the forms that
 * enter or correct them.
 */
@Controller
@RequestMapping("/ui/territories")
class TerritoryPages {

    private final UiCommands commands;
    private final QueryGateway queries;

    TerritoryPages(UiCommands commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    String territory(@ModelAttribute("territoryChoice") TerritoryFields choice, BindingResult errors, Model model) {
        Optional<TerritoryId> territory = choice.chosen() ? choice.territory(errors) : Optional.empty();
        model.addAttribute("figuresForm", copy(choice, new FiguresForm()));
        model.addAttribute("targetsForm", copy(choice, new TargetsForm()));
        return page(territory, model);
    }

    @PostMapping("/figures")
    String setFigures(@Valid @ModelAttribute("figuresForm") FiguresForm form, BindingResult errors,
                      @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                      RedirectAttributes redirect) {
        Optional<TerritoryId> territory = form.territory(errors);
        model.addAttribute("territoryChoice", copy(form, new TerritoryFields()));
        model.addAttribute("targetsForm", copy(form, new TargetsForm()));
        if (errors.hasErrors() || territory.isEmpty()) {
            return page(territory, model);
        }
        TerritoryYear entered = new TerritoryYear(form.getYear(), form.getChildren10to19(),
                form.getChildren15to19(), form.getYoungTeachers(), form.getEnterprises(), Map.of());
        Optional<String> refusal = commands.send(new SetTerritoryFigures(territory.get(), entered.year(),
                entered.children10to19(), entered.children15to19(), entered.youngTeachers(), entered.enterprises()),
                user, request);
        if (refusal.isPresent()) {
            model.addAttribute("error", refusal.get());
            return page(territory, model);
        }
        ProjectionWait.until(() -> years(territory.get()).stream().anyMatch(year -> sameFigures(year, entered)));
        redirect.addFlashAttribute("notice", "org.figures.saved");
        redirect.addFlashAttribute("noticeArg", String.valueOf(entered.year()));
        return "redirect:" + address(territory.get());
    }

    @PostMapping("/kpi-targets")
    String setTargets(@Valid @ModelAttribute("targetsForm") TargetsForm form, BindingResult errors,
                      @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                      RedirectAttributes redirect) {
        Optional<TerritoryId> territory = form.territory(errors);
        Map<Kpi, Integer> targets = form.checkedTargets(errors);
        model.addAttribute("territoryChoice", copy(form, new TerritoryFields()));
        model.addAttribute("figuresForm", copy(form, new FiguresForm()));
        if (errors.hasErrors() || territory.isEmpty()) {
            return page(territory, model);
        }
        Optional<String> refusal = commands.send(new SetKpiTargets(territory.get(), form.getYear(), targets),
                user, request);
        if (refusal.isPresent()) {
            model.addAttribute("error", refusal.get());
            return page(territory, model);
        }
        ProjectionWait.until(() -> years(territory.get()).stream()
                .anyMatch(year -> year.year() == form.getYear() && year.targets().entrySet()
                        .containsAll(targets.entrySet())));
        redirect.addFlashAttribute("notice", "org.targets.saved");
        redirect.addFlashAttribute("noticeArg", String.valueOf(form.getYear()));
        return "redirect:" + address(territory.get());
    }

    private String page(Optional<TerritoryId> territory, Model model) {
        List<OrganizationSummary> directory = OrganizationPages.all(queries);
        model.addAttribute("regions", directory.stream().map(OrganizationSummary::region).distinct().sorted()
                .toList());
        model.addAttribute("municipalities", directory.stream().map(OrganizationSummary::municipality).distinct()
                .sorted().toList());
        model.addAttribute("levels", TerritoryLevel.values());
        model.addAttribute("kpis", Kpi.values());
        territory.ifPresent(found -> {
            model.addAttribute("territory", found);
            model.addAttribute("years", years(found));
        });
        return "territories";
    }

    private List<TerritoryYear> years(TerritoryId territory) {
        return queries.query(new FindTerritoryReferenceData(territory),
                ResponseTypes.multipleInstancesOf(TerritoryYear.class)).join();
    }

    private static boolean sameFigures(TerritoryYear shown, TerritoryYear entered) {
        return shown.year() == entered.year() && entered.children10to19().equals(shown.children10to19())
                && entered.children15to19().equals(shown.children15to19())
                && entered.youngTeachers().equals(shown.youngTeachers())
                && entered.enterprises().equals(shown.enterprises());
    }

    private static <T extends TerritoryFields> T copy(TerritoryFields from, T to) {
        to.setLevel(from.getLevel());
        to.setRegion(from.getRegion());
        to.setMunicipality(from.getMunicipality());
        return to;
    }

    static String address(TerritoryId territory) {
        return UriComponentsBuilder.fromPath("/ui/territories")
                .queryParam("level", territory.level())
                .queryParam("region", territory.region())
                .queryParamIfPresent("municipality", Optional.ofNullable(territory.municipality()))
                .encode().build().toUriString();
    }
}
