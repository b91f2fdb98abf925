package ru.mentoring.app.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.api.program.AdvanceProgramStage;
import ru.mentoring.api.program.FindProgramOverview;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramOverview;
import ru.mentoring.api.program.ProgramStage;
import ru.mentoring.api.program.UnmetCondition;
import ru.mentoring.app.security.SignedInOrigin;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.command.common.DomainRuleViolation;
import ru.mentoring.command.program.StageConditionsUnmet;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * «Программа»: one program at a glance — its stage, the checklist of what the stage still needs, its counts —
 * and the step to the next stage.
 */
@Controller
@RequestMapping("/ui/programs/{programId}")
class ProgramOverviewPages {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ProgramOverviewPages(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    String overview(@PathVariable UUID programId, Model model) {
        Optional<ProgramOverview> overview = find(queries, programId);
        model.addAttribute("programId", programId);
        // the overview is a projection: a program created a moment ago may not be in it yet
        overview.ifPresent(found -> model.addAttribute("overview", found));
        return "program";
    }

    @PostMapping("/stage")
    String advance(@PathVariable UUID programId, @RequestParam ProgramStage to, @AuthenticationPrincipal UiUser user,
                   HttpServletRequest request, RedirectAttributes redirect) {
        try {
            commands.sendAndWait(new AdvanceProgramStage(new ProgramId(programId), to),
                    SignedInOrigin.of(user, request).metaData());
            redirect.addFlashAttribute("notice", "program.stage.advanced");
            redirect.addFlashAttribute("advancedTo", to);
        } catch (StageConditionsUnmet unmet) {
            List<String> conditions = unmet.getConditions().stream().map(UnmetCondition::message).toList();
            redirect.addFlashAttribute("unmet", conditions);
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/ui/programs/" + programId;
    }

    static Optional<ProgramOverview> find(QueryGateway queries, UUID programId) {
        return queries.query(new FindProgramOverview(new ProgramId(programId)),
                ResponseTypes.optionalInstanceOf(ProgramOverview.class)).join();
    }
}
