package ru.mentoring.app.ui.program;

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
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.AdvanceProgramStage;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramStage;
import ru.mentoring.api.program.UnmetCondition;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.UiCommands;
import ru.mentoring.command.people.PersonRegister;
import ru.mentoring.command.program.StageConditionsUnmet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * «Программа»: one program at a glance — its stage, the checklist of what the stage still needs with a link to
 * the page where each is done and the people it concerns, its counts — and the step to the next stage.
 */
@Controller
@RequestMapping("/ui/programs/{programId}")
class ProgramOverviewPages {

    /** Where each unmet condition of the checklist is put right, by its code. */
    static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("documents-missing", "preparation#documents"),
            Map.entry("curator-missing", "preparation#curator"),
            Map.entry("forms-missing", "preparation#forms"),
            Map.entry("targets-missing", "preparation#coverage"),
            Map.entry("informing-missing", "preparation#informing"),
            Map.entry("mentees-missing", "mentees"),
            Map.entry("mentors-missing", "mentors"),
            Map.entry("consent-missing", "mentees"),
            Map.entry("baseline-missing", "mentees"),
            Map.entry("interview-missing", "mentors"),
            Map.entry("training-missing", "preparation#training"),
            Map.entry("mentee-base-not-formed", "preparation#bases"),
            Map.entry("mentor-base-not-formed", "preparation#bases"),
            Map.entry("group-meeting-missing", "matching#group-meeting"),
            Map.entry("pairs-not-fixed", "matching#fixing-order"),
            Map.entry("proposals-not-fixed", "matching#proposed"),
            Map.entry("final-event-missing", "closing#final-event"),
            Map.entry("mentee-survey-missing", "closing#satisfaction"),
            Map.entry("mentor-survey-missing", "closing#satisfaction"),
            Map.entry("final-assessment-missing", "closing#final-assessment"),
            Map.entry("report-missing", "closing#report"));

    private final UiCommands commands;
    private final ProgramPages pages;
    private final PersonRegister register;

    ProgramOverviewPages(UiCommands commands, ProgramPages pages, PersonRegister register) {
        this.commands = commands;
        this.pages = pages;
        this.register = register;
    }

    @GetMapping
    String overview(@PathVariable UUID programId, Model model) {
        // the overview is a projection: a program created a moment ago may not be in it yet
        pages.header(programId, model).ifPresent(overview -> {
            List<PersonId> concerned = overview.stillNeeded().stream()
                    .flatMap(condition -> condition.people().stream()).distinct().toList();
            if (!concerned.isEmpty()) {
                // only the people the unmet conditions name, in one look-up of the register
                model.addAttribute("names", register.names(concerned));
            }
        });
        model.addAttribute("steps", STEPS);
        return "program";
    }

    @PostMapping("/stage")
    String advance(@PathVariable UUID programId, @RequestParam ProgramStage to, @AuthenticationPrincipal UiUser user,
                   HttpServletRequest request, RedirectAttributes redirect) {
        try {
            Optional<String> refused = commands.send(new AdvanceProgramStage(new ProgramId(programId), to), user,
                    request, StageConditionsUnmet.class);
            if (refused.isPresent()) {
                redirect.addFlashAttribute("error", refused.get());
            } else {
                redirect.addFlashAttribute("notice", "program.stage.advanced");
                redirect.addFlashAttribute("advancedTo", to);
            }
        } catch (StageConditionsUnmet unmet) {
            List<String> conditions = unmet.getConditions().stream().map(UnmetCondition::message).toList();
            redirect.addFlashAttribute("unmet", conditions);
        }
        return "redirect:/ui/programs/" + programId;
    }
}
