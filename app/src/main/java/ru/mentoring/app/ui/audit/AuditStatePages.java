package ru.mentoring.app.ui.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import ru.mentoring.api.audit.AsOfBasis;
import ru.mentoring.api.audit.RecordedLater;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.app.ui.MoscowCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * «Состояние на дату»: a program, pair or road map as it was at the end of a day (or at a second of it), folded
 * from the events recorded by then or, by business date, from those whose documents are dated by then — what an
 * auditor compares with the documents of that day.
 */
@Controller
class AuditStatePages {

    private final AuditSubjects subjects;
    private final MoscowCalendar calendar;

    AuditStatePages(AuditSubjects subjects, MoscowCalendar calendar) {
        this.subjects = subjects;
        this.calendar = calendar;
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
        if (form.getDay() == null) {
            form.setDay(calendar.today().toString());
            return "audit-as-of";
        }
        Instant at = moment(form, errors);
        AsOfBasis basis = basis(form, errors);
        if (errors.hasErrors() || !subject.kind().isFoldable()) {
            return "audit-as-of";
        }
        model.addAttribute("shownAt", MoscowTime.shown(at));
        model.addAttribute("basis", basis);
        model.addAttribute("firstEventAt", MoscowTime.shown(subject.history().entries().get(0).timestamp()));
        switch (subject.kind()) {
            case PROGRAMS -> subjects.program(subject.id(), at, basis).ifPresent(program -> show(model, "program",
                    program, program.eventsApplied(), program.lastEventAt(), program.recordedLater()));
            case PAIRS -> subjects.pair(subject.id(), at, basis).ifPresent(pair -> show(model, "pair", pair,
                    pair.eventsApplied(), pair.lastEventAt(), pair.recordedLater()));
            case ROAD_MAPS -> subjects.roadMap(subject.id(), at, basis).ifPresent(roadMap -> show(model, "roadMap",
                    roadMap, roadMap.eventsApplied(), roadMap.lastEventAt(), roadMap.recordedLater()));
            default -> throw new IllegalStateException(subject.kind() + " has no fold");
        }
        return "audit-as-of";
    }

    /** The end of the day typed, or of the second typed within it; {@code null} when refused. */
    private static Instant moment(AsOfForm form, BindingResult errors) {
        if (form.getDay().isBlank()) {
            errors.rejectValue("day", "audit.asOf.required");
            return null;
        }
        Optional<LocalDate> day = MoscowTime.day(form.getDay());
        if (day.isEmpty()) {
            errors.rejectValue("day", "audit.asOf.day.invalid");
            return null;
        }
        if (form.getTime() == null || form.getTime().isBlank()) {
            return MoscowTime.endOfDay(day.get());
        }
        Optional<LocalTime> time = MoscowTime.time(form.getTime());
        if (time.isEmpty()) {
            errors.rejectValue("time", "audit.asOf.time.invalid");
            return null;
        }
        return MoscowTime.endOfSecond(day.get().atTime(time.get()).atZone(MoscowTime.ZONE).toInstant());
    }

    private static AsOfBasis basis(AsOfForm form, BindingResult errors) {
        String by = form.getBy() == null ? "" : form.getBy().strip();
        if (by.isEmpty() || by.equals("recorded")) {
            return AsOfBasis.RECORDED;
        }
        if (by.equals("business")) {
            return AsOfBasis.BUSINESS;
        }
        errors.rejectValue("by", "audit.asOf.by.invalid");
        return null;
    }

    private static void show(Model model, String name, Object state, int eventsApplied, Instant lastEventAt,
                             List<RecordedLater> recordedLater) {
        model.addAttribute(name, state);
        model.addAttribute("eventsApplied", eventsApplied);
        model.addAttribute("lastEventAt", MoscowTime.shown(lastEventAt));
        model.addAttribute("recordedLater", recordedLater.stream().map(late -> new LateRow(late.summary(),
                MoscowTime.shown(late.recordedAt()), late.businessDate() == null ? null
                        : MoscowTime.day(late.businessDate()))).toList());
    }

    /** An event counted by its business date although recorded after the moment, as the page shows it. */
    record LateRow(String summary, String recordedAt, String businessDate) {
    }
}
