package ru.mentoring.app.ui.program;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.ParticipantRole;
import ru.mentoring.api.program.ParticipantRow;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RecordFinalAssessment;
import ru.mentoring.api.program.RecordFinalEvent;
import ru.mentoring.api.program.RecordSatisfaction;
import ru.mentoring.api.program.SubmitMonitoringReport;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.UiCommands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * «Завершение»: the final stage and monitoring — the closing event of all pairs and who was present, the
 * participants' satisfaction surveys, the mentees' final assessments and the monitoring report.
 */
@Controller
@RequestMapping("/ui/programs/{programId}/closing")
class ProgramClosingPages {

    private final ProgramPages pages;
    private final UiCommands commands;

    ProgramClosingPages(ProgramPages pages, UiCommands commands) {
        this.pages = pages;
        this.commands = commands;
    }

    @GetMapping
    String closing(@PathVariable UUID programId, Model model) {
        return page(programId, model);
    }

    @PostMapping("/final-event")
    String recordFinalEvent(@PathVariable UUID programId, @Valid @ModelAttribute("finalEventForm") FinalEventForm form,
                            BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        return outcome(commands.send(new RecordFinalEvent(new ProgramId(programId), form.getDate(), form.getTitle(),
                form.getPresent().stream().map(PersonId::new).collect(Collectors.toSet())), user, request),
                "final-event", programId, model, redirect);
    }

    @PostMapping("/satisfaction")
    String recordSatisfaction(@PathVariable UUID programId,
                              @Valid @ModelAttribute("satisfactionForm") SatisfactionForm form, BindingResult errors,
                              @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                              RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        return outcome(commands.send(new RecordSatisfaction(new ProgramId(programId), new PersonId(form.getPersonId()),
                form.getPercent(), form.getDate()), user, request), "satisfaction", programId, model, redirect);
    }

    @PostMapping("/final-assessment")
    String recordFinalAssessment(@PathVariable UUID programId,
                                 @Validated({Default.class, AssessmentForm.ChosenMentee.class})
                                 @ModelAttribute("finalAssessmentForm") AssessmentForm form,
                                 BindingResult errors, @AuthenticationPrincipal UiUser user,
                                 HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Map<String, Integer> scores = errors.hasFieldErrors("scores") ? Map.of()
                : ParticipantPages.scores(form.getScores(), errors);
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        return outcome(commands.send(new RecordFinalAssessment(new ProgramId(programId),
                        new PersonId(form.getPersonId()), scores, form.getDate()), user, request),
                "final-assessment", programId, model, redirect);
    }

    @PostMapping("/monitoring-report")
    String submitReport(@PathVariable UUID programId,
                        @Valid @ModelAttribute("monitoringReportForm") MonitoringReportForm form, BindingResult errors,
                        @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                        RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        return outcome(commands.send(new SubmitMonitoringReport(new ProgramId(programId), form.getDate(),
                form.getReference()), user, request), "report", programId, model, redirect);
    }

    private String outcome(Optional<String> refused, String card, UUID programId, Model model,
                           RedirectAttributes redirect) {
        return ProgramPages.outcome(refused, card, "closing." + card + ".done",
                "/ui/programs/" + programId + "/closing#" + card, model, redirect, () -> page(programId, model));
    }

    private String page(UUID programId, Model model) {
        pages.header(programId, model);
        List<ParticipantRow> mentees = pages.participants(programId, ParticipantRole.MENTEE, "FIXED");
        List<ParticipantRow> everyone = new ArrayList<>(mentees);
        everyone.addAll(pages.participants(programId, ParticipantRole.MENTOR, "FIXED"));
        model.addAttribute("pairedMentees", mentees);
        model.addAttribute("paired", everyone);
        FinalEventForm event = new FinalEventForm();
        event.setDate(pages.today());
        ProgramPages.addIfMissing(model, "finalEventForm", event);
        SatisfactionForm satisfaction = new SatisfactionForm();
        satisfaction.setDate(pages.today());
        ProgramPages.addIfMissing(model, "satisfactionForm", satisfaction);
        AssessmentForm assessment = new AssessmentForm();
        assessment.setDate(pages.today());
        ProgramPages.addIfMissing(model, "finalAssessmentForm", assessment);
        MonitoringReportForm report = new MonitoringReportForm();
        report.setDate(pages.today());
        ProgramPages.addIfMissing(model, "monitoringReportForm", report);
        return "program-closing";
    }
}
