package ru.mentoring.app.ui;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.mentoring.api.program.FindParticipants;
import ru.mentoring.api.program.ParticipantPage;
import ru.mentoring.api.program.ParticipantRole;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * «База наставляемых» and «База наставников» of one program: searched by name, filtered by the state of the
 * person's pair, a page at a time.
 */
@Controller
@RequestMapping("/ui/programs/{programId}")
class ParticipantBasePages {

    static final List<String> PAIR_STATUSES = List.of("UNMATCHED", "PROPOSED", "FIXED");
    static final int PAGE_SIZE = 20;

    private final QueryGateway queries;

    ParticipantBasePages(QueryGateway queries) {
        this.queries = queries;
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

    private String base(ParticipantRole role, UUID programId, String name, String pairStatus, int page,
                        Model model) {
        String status = pairStatus == null ? null : pairStatus.strip().toUpperCase(Locale.ROOT);
        String statusFilter = status != null && PAIR_STATUSES.contains(status) ? status : null;
        String nameFilter = name == null || name.isBlank() ? null : name.strip();
        ParticipantPage participants = queries.query(new FindParticipants(role, null, programId, null, null, null,
                        null, null, statusFilter, null, nameFilter, Math.max(page, 0), PAGE_SIZE),
                ResponseTypes.instanceOf(ParticipantPage.class)).join();
        model.addAttribute("programId", programId);
        ProgramOverviewPages.find(queries, programId).ifPresent(found -> model.addAttribute("overview", found));
        model.addAttribute("role", role);
        model.addAttribute("basePath", "/ui/programs/" + programId
                + (role == ParticipantRole.MENTEE ? "/mentees" : "/mentors"));
        model.addAttribute("name", nameFilter);
        model.addAttribute("pairStatus", statusFilter);
        model.addAttribute("pairStatuses", PAIR_STATUSES);
        model.addAttribute("participants", participants);
        model.addAttribute("pager", new PageLinks(participants.page(), participants.size(),
                participants.totalElements()));
        return "participants";
    }
}
