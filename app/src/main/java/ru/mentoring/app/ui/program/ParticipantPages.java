package ru.mentoring.app.ui.program;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.ConsentGiver;
import ru.mentoring.api.program.FindParticipants;
import ru.mentoring.api.program.GiveConsent;
import ru.mentoring.api.program.ParticipantPage;
import ru.mentoring.api.program.ParticipantRole;
import ru.mentoring.api.program.ParticipantRow;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RecordBaselineAssessment;
import ru.mentoring.api.program.RecordMentorInterview;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.UiCommands;
import ru.mentoring.app.ui.UnknownSubject;
import ru.mentoring.command.people.PersonRegister;
import ru.mentoring.command.program.GuardianConsentAges;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * «Участник»: one person of one program's base with what the preparation stage needs of them — the consent to
 * the processing of personal data, a mentee's first assessment, a mentor's interview.
 */
@Controller
@RequestMapping("/ui/programs/{programId}/participants/{personId}")
class ParticipantPages {

    private final QueryGateway queries;
    private final ProgramPages pages;
    private final UiCommands commands;
    private final PersonRegister register;
    private final GuardianConsentAges guardianAges;

    ParticipantPages(QueryGateway queries, ProgramPages pages, UiCommands commands, PersonRegister register,
                     GuardianConsentAges guardianAges) {
        this.queries = queries;
        this.pages = pages;
        this.commands = commands;
        this.register = register;
        this.guardianAges = guardianAges;
    }

    @GetMapping
    String participant(@PathVariable UUID programId, @PathVariable UUID personId, Model model) {
        return page(programId, personId, model);
    }

    @PostMapping("/consent")
    String giveConsent(@PathVariable UUID programId, @PathVariable UUID personId,
                       @Valid @ModelAttribute("consentForm") ConsentForm form, BindingResult errors,
                       @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                       RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, personId, model);
        }
        return outcome(commands.send(new GiveConsent(new ProgramId(programId), new PersonId(personId),
                form.getGivenBy(), form.getDate()), user, request), "consent", programId, personId, model, redirect);
    }

    @PostMapping("/baseline-assessment")
    String recordBaseline(@PathVariable UUID programId, @PathVariable UUID personId,
                          @Valid @ModelAttribute("baselineForm") AssessmentForm form, BindingResult errors,
                          @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                          RedirectAttributes redirect) {
        Map<String, Integer> scores = errors.hasFieldErrors("scores") ? Map.of() : scores(form.getScores(), errors);
        if (errors.hasErrors()) {
            return page(programId, personId, model);
        }
        return outcome(commands.send(new RecordBaselineAssessment(new ProgramId(programId), new PersonId(personId),
                scores, form.getDate()), user, request), "baseline", programId, personId, model, redirect);
    }

    @PostMapping("/interview")
    String recordInterview(@PathVariable UUID programId, @PathVariable UUID personId,
                           @Valid @ModelAttribute("interviewForm") InterviewForm form, BindingResult errors,
                           @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                           RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, personId, model);
        }
        return outcome(commands.send(new RecordMentorInterview(new ProgramId(programId), new PersonId(personId),
                        form.getDate(), form.isWithPsychologist(), form.isPassed()), user, request),
                "interview", programId, personId, model, redirect);
    }

    /** Reads «параметр = балл» lines; a line that is not one is reported beside the field. */
    static Map<String, Integer> scores(String text, BindingResult errors) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[=:]", 2);
            Integer score = parts.length == 2 ? score(parts[1]) : null;
            if (parts[0].isBlank() || score == null) {
                errors.rejectValue("scores", "baseline.line", new Object[]{line.strip()}, null);
                return Map.of();
            }
            scores.put(parts[0].strip(), score);
        }
        return scores;
    }

    private static Integer score(String text) {
        try {
            int score = Integer.parseInt(text.strip());
            return score >= 0 && score <= 100 ? score : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String outcome(Optional<String> refused, String card, UUID programId, UUID personId, Model model,
                           RedirectAttributes redirect) {
        return ProgramPages.outcome(refused, card, "participant." + card + ".done",
                "/ui/programs/" + programId + "/participants/" + personId, model, redirect,
                () -> page(programId, personId, model));
    }

    private String page(UUID programId, UUID personId, Model model) {
        pages.header(programId, model);
        Optional<ParticipantRow> row = Stream.of(ParticipantRole.MENTEE, ParticipantRole.MENTOR)
                .flatMap(role -> queries.query(new FindParticipants(role, personId, programId, null, null, null,
                                null, null, null, null, null, 0, 1),
                        ResponseTypes.instanceOf(ParticipantPage.class)).join().items().stream())
                .findFirst();
        if (row.isEmpty() && register.find(new PersonId(personId)).isEmpty()) {
            // enrolled a moment ago, the base not projected yet: shown as being prepared; no such person: 404
            throw new UnknownSubject("person " + personId);
        }
        row.ifPresent(found -> model.addAttribute("participant", found));
        model.addAttribute("personId", personId);
        ConsentForm consent = new ConsentForm();
        consent.setDate(pages.today());
        // who signs is preselected by the region's guardian consent age, the one the program's rule applies
        row.filter(found -> guardianAges.of(new ProgramId(programId)).needsRepresentative(found.age()))
                .ifPresent(minor -> consent.setGivenBy(ConsentGiver.LEGAL_REPRESENTATIVE));
        ProgramPages.addIfMissing(model, "consentForm", consent);
        AssessmentForm baseline = new AssessmentForm();
        baseline.setDate(pages.today());
        ProgramPages.addIfMissing(model, "baselineForm", baseline);
        InterviewForm interview = new InterviewForm();
        interview.setDate(pages.today());
        interview.setPassed(true);
        ProgramPages.addIfMissing(model, "interviewForm", interview);
        model.addAttribute("consentGivers", ConsentGiver.values());
        return "participant";
    }
}
