package ru.mentoring.app.ui.pairs;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.FeedbackSource;
import ru.mentoring.api.pair.FindPairJournal;
import ru.mentoring.api.pair.FindPairProgress;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PairJournal;
import ru.mentoring.api.pair.PairProgress;
import ru.mentoring.api.program.FindProgram;
import ru.mentoring.api.program.ProgramSummary;
import ru.mentoring.app.ui.MoscowCalendar;
import ru.mentoring.command.pair.MeetingOrder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * «Пара» (or «Группа»): one pair's card — who is in it, its deadlines — and the forms of its work in order: the
 * agreement, the individual plan, the meetings, feedback, and its end. The card's lists come from the pair's
 * own events, so a step shows at once; the overdue flags and averages come from pair progress.
 */
@Controller
class PairPages {

    private final QueryGateway queries;
    private final PairNames people;
    private final MoscowCalendar calendar;

    PairPages(QueryGateway queries, PairNames people, MoscowCalendar calendar) {
        this.queries = queries;
        this.people = people;
        this.calendar = calendar;
    }

    @GetMapping("/ui/pairs/{pairId}")
    String pair(@PathVariable UUID pairId, Model model) throws NoResourceFoundException {
        return render(pairId, model);
    }

    /** Fills the pair's page; forms already in the model (a refused one, as typed) are kept. */
    String render(UUID pairId, Model model) throws NoResourceFoundException {
        PairJournal journal = queries.query(new FindPairJournal(new PairId(pairId)),
                        ResponseTypes.optionalInstanceOf(PairJournal.class)).join()
                .orElseThrow(() -> new NoResourceFoundException(HttpMethod.GET, "/ui/pairs/" + pairId));
        Optional<PairProgress> progress = queries.query(new FindPairProgress(new PairId(pairId)),
                ResponseTypes.optionalInstanceOf(PairProgress.class)).join();
        Optional<ProgramSummary> program = queries.query(new FindProgram(journal.programId()),
                ResponseTypes.optionalInstanceOf(ProgramSummary.class)).join();
        PersonId curator = program.map(ProgramSummary::curatorId).map(PersonId::new).orElse(null);
        List<PersonId> everyone = new ArrayList<>(journal.mentors());
        everyone.addAll(journal.mentees());
        if (curator != null) {
            everyone.add(curator);
        }
        journal.feedback().forEach(given -> everyone.add(given.personId()));
        Map<PersonId, String> names = people.of(everyone);

        model.addAttribute("pairId", pairId);
        model.addAttribute("journal", journal);
        model.addAttribute("progress", progress.orElse(null));
        model.addAttribute("program", program.orElse(null));
        model.addAttribute("names", names);
        model.addAttribute("mentorNames", PairNames.sorted(names, journal.mentors()));
        model.addAttribute("menteeNames", PairNames.sorted(names, journal.mentees()));
        model.addAttribute("firstMeetingDue", MoscowCalendar.dayOf(journal.firstMeetingDueAt()));
        model.addAttribute("active", "ACTIVE".equals(journal.status()));
        List<PairJournal.Activity> open = journal.activities().stream().filter(a -> !a.done()).toList();
        model.addAttribute("openActivities", open);
        model.addAttribute("planCompletion", journal.activities().isEmpty() ? 0
                : 100 * (journal.activities().size() - open.size()) / journal.activities().size());
        // only the meetings the prescribed order allows next are offered
        model.addAttribute("meetingTypes", MeetingOrder.allowedAfter(journal.lastMeetingType()));
        model.addAttribute("meetingFormats", MeetingFormat.values());
        model.addAttribute("givers", givers(journal, names, curator));
        addForms(journal, model);
        return "pair";
    }

    private void addForms(PairJournal journal, Model model) {
        LocalDate today = calendar.today();
        if (!model.containsAttribute("pairAgreementForm")) {
            PairAgreementForm agreement = new PairAgreementForm();
            agreement.setSignedOn(today);
            model.addAttribute("pairAgreementForm", agreement);
        }
        if (!model.containsAttribute("pairPlanForm")) {
            model.addAttribute("pairPlanForm", PairPlanForm.blank());
        }
        if (!model.containsAttribute("pairAmendForm")) {
            model.addAttribute("pairAmendForm", PairPlanForm.of(journal.activities()));
        }
        if (!model.containsAttribute("pairActivityForm")) {
            PairActivityForm activity = new PairActivityForm();
            activity.setCompletedOn(today);
            model.addAttribute("pairActivityForm", activity);
        }
        if (!model.containsAttribute("pairMeetingForm")) {
            PairMeetingForm meeting = new PairMeetingForm();
            meeting.setType(MeetingOrder.allowedAfter(journal.lastMeetingType()).stream().findFirst().orElse(null));
            meeting.setDate(today);
            model.addAttribute("pairMeetingForm", meeting);
        }
        if (!model.containsAttribute("pairFeedbackForm")) {
            PairFeedbackForm feedback = new PairFeedbackForm();
            feedback.setDate(today);
            model.addAttribute("pairFeedbackForm", feedback);
        }
        if (!model.containsAttribute("pairCompletionForm")) {
            PairCompletionForm completion = new PairCompletionForm();
            completion.setCompletedOn(today);
            model.addAttribute("pairCompletionForm", completion);
        }
        if (!model.containsAttribute("pairDissolutionForm")) {
            PairDissolutionForm dissolution = new PairDissolutionForm();
            dissolution.setDissolvedOn(today);
            model.addAttribute("pairDissolutionForm", dissolution);
        }
    }

    private static List<FeedbackGiver> givers(PairJournal journal, Map<PersonId, String> names, PersonId curator) {
        List<FeedbackGiver> givers = new ArrayList<>();
        journal.mentors().forEach(p -> givers.add(new FeedbackGiver(FeedbackSource.MENTOR, p, names.get(p))));
        journal.mentees().forEach(p -> givers.add(new FeedbackGiver(FeedbackSource.MENTEE, p, names.get(p))));
        if (curator != null) {
            givers.add(new FeedbackGiver(FeedbackSource.CURATOR, curator, names.get(curator)));
        }
        return givers;
    }
}
