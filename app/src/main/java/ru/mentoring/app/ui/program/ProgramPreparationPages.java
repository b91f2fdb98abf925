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
import ru.mentoring.api.people.PersonCard;
import ru.mentoring.api.program.AppointCurator;
import ru.mentoring.api.program.AppointNewCurator;
import ru.mentoring.api.program.ChooseMentoringForms;
import ru.mentoring.api.program.FormMenteeBase;
import ru.mentoring.api.program.FormMentorBase;
import ru.mentoring.api.program.InformingEventKind;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ParticipantRole;
import ru.mentoring.api.program.ProgramDocumentKind;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramSummary;
import ru.mentoring.api.program.RecordInformingEvent;
import ru.mentoring.api.program.RecordMentorTraining;
import ru.mentoring.api.program.RegisterProgramDocument;
import ru.mentoring.api.program.SetCoverageTargets;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.UiCommands;
import ru.mentoring.command.people.PersonRegister;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * «Подготовка»: the preparation stage's steps on one page — the curator by order, the documents, the forms of
 * mentoring, the coverage targets, informing, mentors' training and the formation of both bases. Each form
 * sends one command; a refused one shows the domain's reason in its own card with what was typed.
 */
@Controller
@RequestMapping("/ui/programs/{programId}/preparation")
class ProgramPreparationPages {

    private final ProgramPages pages;
    private final UiCommands commands;
    private final PersonRegister register;

    ProgramPreparationPages(ProgramPages pages, UiCommands commands, PersonRegister register) {
        this.pages = pages;
        this.commands = commands;
        this.register = register;
    }

    /** Someone who curated one of the school's programs, to be appointed again without a new register entry. */
    record EarlierCurator(UUID personId, String name, String program) {
    }

    @GetMapping
    String preparation(@PathVariable UUID programId, Model model) {
        return page(programId, model);
    }

    @PostMapping("/curator")
    String appointCurator(@PathVariable UUID programId,
                          @Validated({Default.class, PersonNameForm.NewPerson.class})
                          @ModelAttribute("curatorForm") OrderForm form, BindingResult errors,
                          @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                          RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        Optional<String> refused = commands.send(new AppointNewCurator(form.personalData(),
                new AppointCurator(new ProgramId(programId), new PersonId(UUID.randomUUID()), form.getOrderNumber(),
                        form.getOrderDate())), user, request);
        return outcome(refused, "curator", "preparation.curator.done", programId, model, redirect);
    }

    @PostMapping("/curator/earlier")
    String appointEarlierCurator(@PathVariable UUID programId,
                                 @Validated({Default.class, OrderForm.EarlierCurator.class})
                                 @ModelAttribute("earlierCuratorForm") OrderForm form,
                                 BindingResult errors, @AuthenticationPrincipal UiUser user,
                                 HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        Optional<String> refused = commands.send(new AppointCurator(new ProgramId(programId),
                new PersonId(UUID.fromString(form.getPersonId())), form.getOrderNumber(),
                form.getOrderDate()), user, request);
        return outcome(refused, "curator", "preparation.curator.done", programId, model, redirect);
    }

    @PostMapping("/documents")
    String registerDocument(@PathVariable UUID programId, @Valid @ModelAttribute("documentForm") DocumentForm form,
                            BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        Optional<String> refused = commands.send(new RegisterProgramDocument(new ProgramId(programId), form.getKind(),
                form.getNumber(), form.getDate(), form.getTitle()), user, request);
        return outcome(refused, "documents", "preparation.documents.done", programId, model, redirect);
    }

    @PostMapping("/forms")
    String chooseForms(@PathVariable UUID programId, @Valid @ModelAttribute("formsForm") FormsForm form,
                       BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                       Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        Optional<String> refused = commands.send(new ChooseMentoringForms(new ProgramId(programId),
                new LinkedHashSet<>(form.getForms())), user, request);
        return outcome(refused, "forms", "preparation.forms.done", programId, model, redirect);
    }

    @PostMapping("/coverage-targets")
    String setCoverageTargets(@PathVariable UUID programId, @Valid @ModelAttribute("coverageForm") CoverageForm form,
                              BindingResult errors, @AuthenticationPrincipal UiUser user,
                              HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        Optional<String> refused = commands.send(new SetCoverageTargets(new ProgramId(programId), form.getStudents(),
                form.getTeachers(), form.getStudentCoveragePercent(), form.getTeacherCoveragePercent()), user, request);
        return outcome(refused, "coverage", "preparation.coverage.done", programId, model, redirect);
    }

    @PostMapping("/informing-events")
    String recordInforming(@PathVariable UUID programId, @Valid @ModelAttribute("informingForm") InformingForm form,
                           BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                           Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        Optional<String> refused = commands.send(new RecordInformingEvent(new ProgramId(programId), form.getKind(),
                form.getDate(), form.getAttendance()), user, request);
        return outcome(refused, "informing", "preparation.informing.done", programId, model, redirect);
    }

    @PostMapping("/mentor-trainings")
    String recordTraining(@PathVariable UUID programId, @Valid @ModelAttribute("trainingForm") TrainingForm form,
                          BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                          Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        Optional<String> refused = commands.send(new RecordMentorTraining(new ProgramId(programId), form.getDate(),
                form.getTopic(), form.getAttended().stream().map(PersonId::new).collect(Collectors.toSet())),
                user, request);
        return outcome(refused, "training", "preparation.training.done", programId, model, redirect);
    }

    @PostMapping("/bases/mentees/formation")
    String formMenteeBase(@PathVariable UUID programId, @AuthenticationPrincipal UiUser user,
                          HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Optional<String> refused = commands.send(new FormMenteeBase(new ProgramId(programId)), user, request);
        return outcome(refused, "bases", "preparation.menteeBase.done", programId, model, redirect);
    }

    @PostMapping("/bases/mentors/formation")
    String formMentorBase(@PathVariable UUID programId, @AuthenticationPrincipal UiUser user,
                          HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Optional<String> refused = commands.send(new FormMentorBase(new ProgramId(programId)), user, request);
        return outcome(refused, "bases", "preparation.mentorBase.done", programId, model, redirect);
    }

    private String outcome(Optional<String> refused, String card, String notice, UUID programId, Model model,
                           RedirectAttributes redirect) {
        return ProgramPages.outcome(refused, card, notice, "/ui/programs/" + programId + "/preparation#" + card,
                model, redirect, () -> page(programId, model));
    }

    private String page(UUID programId, Model model) {
        pages.header(programId, model).ifPresent(overview -> {
            if (!model.containsAttribute("formsForm")) {
                FormsForm chosen = new FormsForm();
                chosen.getForms().addAll(overview.forms());
                model.addAttribute("formsForm", chosen);
            }
        });
        Optional<ProgramSummary> program = pages.summary(programId);
        UUID current = program.map(ProgramSummary::curatorId).orElse(null);
        program.ifPresent(found -> model.addAttribute("program", found));
        if (current != null) {
            model.addAttribute("curatorName", register.find(new PersonId(current)).map(PersonCard::fullName)
                    .orElse(current.toString()));
        }
        model.addAttribute("earlierCurators", program.map(found -> earlierCurators(found, current))
                .orElse(List.of()));
        LocalDate today = pages.today();
        ProgramPages.addIfMissing(model, "curatorForm", OrderForm.dated(today));
        ProgramPages.addIfMissing(model, "earlierCuratorForm", OrderForm.dated(today));
        DocumentForm document = new DocumentForm();
        document.setDate(today);
        ProgramPages.addIfMissing(model, "documentForm", document);
        ProgramPages.addIfMissing(model, "formsForm", new FormsForm());
        ProgramPages.addIfMissing(model, "coverageForm", new CoverageForm());
        InformingForm informing = new InformingForm();
        informing.setDate(today);
        ProgramPages.addIfMissing(model, "informingForm", informing);
        TrainingForm training = new TrainingForm();
        training.setDate(today);
        ProgramPages.addIfMissing(model, "trainingForm", training);
        model.addAttribute("documentKinds", ProgramDocumentKind.values());
        model.addAttribute("mentoringForms", MentoringForm.values());
        model.addAttribute("informingKinds", InformingEventKind.values());
        model.addAttribute("mentors", pages.participants(programId, ParticipantRole.MENTOR, null));
        return "program-preparation";
    }

    /** The curators of the school's other programs, newest first, once each; erased people are left out. */
    private List<EarlierCurator> earlierCurators(ProgramSummary program, UUID current) {
        Map<UUID, EarlierCurator> curators = new LinkedHashMap<>();
        for (ProgramSummary other : pages.programsOf(program.organizationId())) {
            UUID curator = other.curatorId();
            if (curator == null || curator.equals(current) || curators.containsKey(curator)) {
                continue;
            }
            register.find(new PersonId(curator)).filter(card -> card.erasedAt() == null).ifPresent(card ->
                    curators.put(curator, new EarlierCurator(curator, card.fullName(),
                            other.title() + ", " + other.period())));
        }
        return List.copyOf(curators.values());
    }
}
