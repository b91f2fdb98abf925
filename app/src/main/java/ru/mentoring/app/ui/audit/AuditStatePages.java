package ru.mentoring.app.ui.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import ru.mentoring.api.pair.MeetingType;

import java.time.Instant;
import java.util.Optional;

/**
 * «Состояние на дату»: a program, pair or road map as it was at a past moment, folded from the events stored up
 * to it — what an auditor compares with the documents of that day.
 */
@Controller
class AuditStatePages {

    private final AuditSubjects subjects;

    AuditStatePages(AuditSubjects subjects) {
        this.subjects = subjects;
    }

    @GetMapping("/ui/audit/{kind}/{id}/as-of")
    String asOf(@PathVariable String kind, @PathVariable String id, @ModelAttribute("asOf") AsOfForm form,
                BindingResult errors, Model model, HttpServletResponse response) {
        Optional<AuditSubject> found = subjects.open(kind, id, model, response);
        if (found.isEmpty()) {
            return "audit-missing";
        }
        model.addAttribute("tab", "as-of");
        model.addAttribute("meetingTypes", MeetingType.values());
        AuditSubject subject = found.get();
        if (form.getAt() == null) {
            form.setAt(MoscowTime.input(Instant.now()));
            return "audit-as-of";
        }
        if (form.getAt().isBlank()) {
            errors.rejectValue("at", "audit.asOf.required");
        }
        Instant typed = HistoryFilter.moment("at", form.getAt(), errors);
        if (errors.hasErrors() || !subject.kind().isFoldable()) {
            return "audit-as-of";
        }
        Instant at = MoscowTime.endOfSecond(typed);
        model.addAttribute("shownAt", MoscowTime.shown(typed));
        model.addAttribute("firstEventAt", MoscowTime.shown(subject.history().entries().get(0).timestamp()));
        switch (subject.kind()) {
            case PROGRAMS -> subjects.program(subject.id(), at).ifPresent(program ->
                    show(model, "program", program, program.eventsApplied(), program.lastEventAt()));
            case PAIRS -> subjects.pair(subject.id(), at).ifPresent(pair ->
                    show(model, "pair", pair, pair.eventsApplied(), pair.lastEventAt()));
            case ROAD_MAPS -> subjects.roadMap(subject.id(), at).ifPresent(roadMap ->
                    show(model, "roadMap", roadMap, roadMap.eventsApplied(), roadMap.lastEventAt()));
            default -> throw new IllegalStateException(subject.kind() + " has no fold");
        }
        return "audit-as-of";
    }

    private static void show(Model model, String name, Object state, int eventsApplied, Instant lastEventAt) {
        model.addAttribute(name, state);
        model.addAttribute("eventsApplied", eventsApplied);
        model.addAttribute("lastEventAt", MoscowTime.shown(lastEventAt));
    }
}
