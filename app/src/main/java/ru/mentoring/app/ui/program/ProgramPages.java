package ru.mentoring.app.ui.program;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.program.FindParticipants;
import ru.mentoring.api.program.FindProgram;
import ru.mentoring.api.program.FindProgramOverview;
import ru.mentoring.api.program.FindPrograms;
import ru.mentoring.api.program.ParticipantPage;
import ru.mentoring.api.program.ParticipantRole;
import ru.mentoring.api.program.ParticipantRow;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramOverview;
import ru.mentoring.api.program.ProgramPage;
import ru.mentoring.api.program.ProgramStage;
import ru.mentoring.api.program.ProgramSummary;
import ru.mentoring.app.ui.MoscowCalendar;
import ru.mentoring.app.ui.StoredAggregates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What every page of one program reads: the program's overview for its header and tabs, its participants for
 * the forms that choose people, and today's date in Moscow for the forms' defaults.
 */
@Component
class ProgramPages {

    /** The most people a form lists to choose from; a school's program has a few dozen. */
    static final int PEOPLE_LIMIT = 500;
    private static final String PROGRAM_AGGREGATE = "Program";

    private final QueryGateway queries;
    private final StoredAggregates stored;
    private final MoscowCalendar calendar;

    ProgramPages(QueryGateway queries, StoredAggregates stored, MoscowCalendar calendar) {
        this.queries = queries;
        this.stored = stored;
        this.calendar = calendar;
    }

    Optional<ProgramOverview> overview(UUID programId) {
        return queries.query(new FindProgramOverview(new ProgramId(programId)),
                ResponseTypes.optionalInstanceOf(ProgramOverview.class)).join();
    }

    /**
     * Puts the program's id and, once projected, its overview into the page's model. A program just created may
     * not be projected yet and shows as being prepared; an id no program has ever had is {@link UnknownSubject}.
     */
    Optional<ProgramOverview> header(UUID programId, Model model) {
        Optional<ProgramOverview> overview = overview(programId);
        if (overview.isEmpty()) {
            stored.requireStored(programId, PROGRAM_AGGREGATE);
        }
        model.addAttribute("programId", programId);
        overview.ifPresent(found -> model.addAttribute("overview", found));
        model.addAttribute("stages", ProgramStage.values());
        return overview;
    }

    /** The program as the registry lists it (its curator and the order), once projected. */
    Optional<ProgramSummary> summary(UUID programId) {
        return queries.query(new FindProgram(new ProgramId(programId)),
                ResponseTypes.optionalInstanceOf(ProgramSummary.class)).join();
    }

    /** The programs of one organization, newest first: a school runs one or two a year. */
    List<ProgramSummary> programsOf(UUID organizationId) {
        return queries.query(new FindPrograms(new OrganizationId(organizationId), null, 0, PEOPLE_LIMIT),
                ResponseTypes.instanceOf(ProgramPage.class)).join().items();
    }

    List<ParticipantRow> participants(UUID programId, ParticipantRole role, String pairStatus) {
        ParticipantPage page = queries.query(new FindParticipants(role, null, programId, null, null, null, null,
                        null, pairStatus, null, null, 0, PEOPLE_LIMIT),
                ResponseTypes.instanceOf(ParticipantPage.class)).join();
        return page.items();
    }

    LocalDate today() {
        return calendar.today();
    }

    /** Puts a fresh form into the model unless the request brought one back with what was typed. */
    static void addIfMissing(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /**
     * Where a form's command leads: on a refusal back to the same page, the domain's reason in the form's card
     * and what was typed kept; otherwise on to the page anew (Post/Redirect/Get) with the notice of what was done.
     */
    static String outcome(Optional<String> refused, String card, String notice, String path, Model model,
                          RedirectAttributes redirect, Supplier<String> samePage) {
        if (refused.isPresent()) {
            model.addAttribute("error", refused.get());
            model.addAttribute("refusedCard", card);
            return samePage.get();
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + path;
    }
}
