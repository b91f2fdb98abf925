package ru.mentoring.app.ui.program;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.EnrollMentor;
import ru.mentoring.api.program.EnrollNewMentee;
import ru.mentoring.api.program.EnrollNewMentor;
import ru.mentoring.api.program.FindParticipants;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.MentorCategory;
import ru.mentoring.api.program.ParticipantPage;
import ru.mentoring.api.program.ParticipantRole;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RequestSource;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.PageLinks;
import ru.mentoring.app.ui.UiCommands;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * «База наставляемых» and «База наставников» of one program: searched by name, filtered by the state of the
 * person's pair, a page at a time, and the form that puts a new person into the register and the base at once.
 */
@Controller
@RequestMapping("/ui/programs/{programId}")
class ParticipantBasePages {

    static final List<String> PAIR_STATUSES = List.of("UNMATCHED", "PROPOSED", "FIXED");
    static final int PAGE_SIZE = 20;

    private final QueryGateway queries;
    private final ProgramPages pages;
    private final UiCommands commands;

    ParticipantBasePages(QueryGateway queries, ProgramPages pages, UiCommands commands) {
        this.queries = queries;
        this.pages = pages;
        this.commands = commands;
    }

    @GetMapping("/mentees")
    String mentees(@PathVariable UUID programId, @RequestParam(required = false) String name,
                   @RequestParam(required = false) String pairStatus, @RequestParam(defaultValue = "0") int page,
                   Model model) {
        return base(ParticipantRole.MENTEE, programId, name, pairStatus, page, model);
    }

    @GetMapping("/mentors")
    String mentors(@PathVariable UUID programId, @RequestParam(required = false) String name,
                   @RequestParam(required = false) String pairStatus, @RequestParam(defaultValue = "0") int page,
                   Model model) {
        return base(ParticipantRole.MENTOR, programId, name, pairStatus, page, model);
    }

    @PostMapping("/mentees")
    String enrollMentee(@PathVariable UUID programId,
                        @Validated({Default.class, EnrollmentForm.Mentee.class})
                        @ModelAttribute("menteeForm") EnrollmentForm form, BindingResult errors,
                        @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                        RedirectAttributes redirect) {
        Optional<MenteeCategory> category = form.menteeCategory();
        requireCategory(category, errors);
        if (errors.hasErrors()) {
            model.addAttribute("enrollOpen", true);
            return base(ParticipantRole.MENTEE, programId, null, null, 0, model);
        }
        Optional<String> refused = commands.send(new EnrollNewMentee(form.personalData(),
                new EnrollMentee(new ProgramId(programId), new PersonId(UUID.randomUUID()), category.get(),
                        form.getAge(), form.getExperienceYears(), form.getGrade(), form.getRequest(),
                        form.getRequestSource(), form.getEnrolledOn())), user, request);
        return enrolled(refused, ParticipantRole.MENTEE, programId, form.getLastName(), model, redirect);
    }

    @PostMapping("/mentors")
    String enrollMentor(@PathVariable UUID programId,
                        @Validated({Default.class, EnrollmentForm.Mentor.class})
                        @ModelAttribute("mentorForm") EnrollmentForm form, BindingResult errors,
                        @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                        RedirectAttributes redirect) {
        Optional<MentorCategory> category = form.mentorCategory();
        requireCategory(category, errors);
        if (errors.hasErrors()) {
            model.addAttribute("enrollOpen", true);
            return base(ParticipantRole.MENTOR, programId, null, null, 0, model);
        }
        Optional<String> refused = commands.send(new EnrollNewMentor(form.personalData(),
                new EnrollMentor(new ProgramId(programId), new PersonId(UUID.randomUUID()), category.get(),
                        form.getAge(), form.getExperienceYears(), form.getCompetencies(), form.getCapacity(),
                        form.getEnterprise(), form.getEnrolledOn())), user, request);
        return enrolled(refused, ParticipantRole.MENTOR, programId, form.getLastName(), model, redirect);
    }

    /** A category that is not one of the base's own (only a forged form sends one) is refused as if missing. */
    private static void requireCategory(Optional<?> category, BindingResult errors) {
        if (category.isEmpty() && !errors.hasFieldErrors("category")) {
            errors.rejectValue("category", "validation.required");
        }
    }

    private String enrolled(Optional<String> refused, ParticipantRole role, UUID programId, String lastName,
                            Model model, RedirectAttributes redirect) {
        if (refused.isPresent()) {
            model.addAttribute("error", refused.get());
            model.addAttribute("enrollOpen", true);
            return base(role, programId, null, null, 0, model);
        }
        redirect.addFlashAttribute("notice", "base.enrolled." + role);
        redirect.addFlashAttribute("noticeArg", lastName);
        return "redirect:/ui/programs/" + programId + (role == ParticipantRole.MENTEE ? "/mentees" : "/mentors");
    }

    private String base(ParticipantRole role, UUID programId, String name, String pairStatus, int page,
                        Model model) {
        String status = pairStatus == null ? null : pairStatus.strip().toUpperCase(Locale.ROOT);
        String statusFilter = status != null && PAIR_STATUSES.contains(status) ? status : null;
        String nameFilter = name == null || name.isBlank() ? null : name.strip();
        ParticipantPage participants = queries.query(new FindParticipants(role, null, programId, null, null, null,
                        null, null, statusFilter, null, nameFilter, Math.max(page, 0), PAGE_SIZE),
                ResponseTypes.instanceOf(ParticipantPage.class)).join();
        pages.header(programId, model);
        model.addAttribute("role", role);
        model.addAttribute("basePath", "/ui/programs/" + programId
                + (role == ParticipantRole.MENTEE ? "/mentees" : "/mentors"));
        model.addAttribute("name", nameFilter);
        model.addAttribute("pairStatus", statusFilter);
        model.addAttribute("pairStatuses", PAIR_STATUSES);
        model.addAttribute("participants", participants);
        model.addAttribute("pager", new PageLinks(participants.page(), participants.size(),
                participants.totalElements()));
        if (role == ParticipantRole.MENTEE && !model.containsAttribute("menteeForm")) {
            model.addAttribute("menteeForm", EnrollmentForm.forMentees(pages.today()));
        }
        if (role == ParticipantRole.MENTOR && !model.containsAttribute("mentorForm")) {
            model.addAttribute("mentorForm", EnrollmentForm.forMentors(pages.today()));
        }
        model.addAttribute("menteeCategories", MenteeCategory.values());
        model.addAttribute("mentorCategories", MentorCategory.values());
        model.addAttribute("requestSources", RequestSource.values());
        return "participants";
    }
}
