package ru.mentoring.app.ui.audit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.ScopedLists;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;
import ru.mentoring.api.program.ProgramPage;
import ru.mentoring.api.roadmap.RoadMapSummary;
import ru.mentoring.app.ui.MoscowCalendar;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * «Аудит»: where an auditor chooses what to replay — a program, a pair or group, a road map or any aggregate by
 * its identifier, or one of the recent programs and road maps.
 */
@Controller
@RequestMapping("/ui/audit")
class AuditStartPages {

    static final int RECENT = 10;

    private final QueryGateway queries;
    private final ScopedLists scoped;
    private final AuditSubjects subjects;
    private final MoscowCalendar calendar;

    AuditStartPages(QueryGateway queries, AuditSubjects subjects, MoscowCalendar calendar, ScopedLists scoped) {
        this.scoped = scoped;
        this.calendar = calendar;
        this.queries = queries;
        this.subjects = subjects;
    }

    @GetMapping
    String start(@AuthenticationPrincipal UiUser user, Model model) {
        model.addAttribute("target", new AuditTarget());
        return page(user, model);
    }

    /** A GET, like every audit action: auditors may not POST, and opening a history changes nothing. */
    @GetMapping("/open")
    String open(@ModelAttribute("target") AuditTarget target, BindingResult errors,
                @AuthenticationPrincipal UiUser user, Model model) {
        Optional<AuditKind> kind = AuditKind.fromPath(target.getKind());
        if (kind.isEmpty()) {
            errors.rejectValue("kind", "audit.target.kind.required");
            return page(user, model);
        }
        String problem = AuditSubjects.problem(kind.get(), target.getId());
        if (problem != null) {
            errors.rejectValue("id", problem, new Object[] {target.getId()}, null);
            return page(user, model);
        }
        String id = AuditSubjects.canonical(kind.get(), target.getId());
        // what lies outside the user's scope is as missing as what was never stored
        if (!reachable(user, id) || subjects.history(kind.get(), id, null, null, null).isEmpty()) {
            errors.rejectValue("id", "audit.missing." + kind.get().getPath(), new Object[] {id}, null);
            return page(user, model);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/ui/audit/{kind}/{id}")
                .buildAndExpand(kind.get().getPath(), id).encode().toUriString();
    }

    private String page(UiUser user, Model model) {
        ProgramPage programs = queries.query(scoped.programs(user, 0, RECENT),
                ResponseTypes.instanceOf(ProgramPage.class)).join();
        List<RoadMapSummary> roadMaps = queries.query(scoped.roadMaps(user, calendar.today()),
                ResponseTypes.multipleInstancesOf(RoadMapSummary.class)).join();
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("programs", programs.items());
        model.addAttribute("roadMaps", roadMaps.stream().limit(RECENT).toList());
        return "audit-start";
    }

    private boolean reachable(UiUser user, String id) {
        try {
            return scoped.reaches(user, UUID.fromString(id));
        } catch (IllegalArgumentException territory) {
            // a territory's figures are named by the territory itself; its page checks the scope again
            return true;
        }
    }
}
