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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.FindProposedPairs;
import ru.mentoring.api.program.FixPairsByOrder;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MatchSuggestionView;
import ru.mentoring.api.program.MentoringKind;
import ru.mentoring.api.program.ParticipantRole;
import ru.mentoring.api.program.ParticipantRow;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProposePair;
import ru.mentoring.api.program.ProposedPairView;
import ru.mentoring.api.program.RecordGroupMeeting;
import ru.mentoring.api.program.SuggestMatches;
import ru.mentoring.api.program.WithdrawPairProposal;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.UiCommands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * «Подбор пар»: the matching stage — the group meeting of mentors and mentees, the suggested assignment to
 * accept or edit, pairs and groups proposed by hand or withdrawn, and the head's order that fixes them.
 */
@Controller
@RequestMapping("/ui/programs/{programId}/matching")
class ProgramMatchingPages {

    /** A proposed pair or group as the page lists it: its people by name, from the bases. */
    record ProposedPair(UUID pairId, String form, List<String> mentors, List<String> mentees) {
    }

    /** A suggested pair with the people's names. */
    record Suggestion(String mentee, String mentor, String form, int score) {
    }

    private final QueryGateway queries;
    private final ProgramPages pages;
    private final UiCommands commands;

    ProgramMatchingPages(QueryGateway queries, ProgramPages pages, UiCommands commands) {
        this.queries = queries;
        this.pages = pages;
        this.commands = commands;
    }

    @GetMapping
    String matching(@PathVariable UUID programId, Model model) {
        return page(programId, model);
    }

    @PostMapping("/group-meeting")
    String recordGroupMeeting(@PathVariable UUID programId,
                              @Valid @ModelAttribute("groupMeetingForm") GroupMeetingForm form, BindingResult errors,
                              @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                              RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        return outcome(commands.send(new RecordGroupMeeting(new ProgramId(programId), form.getDate(),
                form.getMentorsPresent(), form.getMenteesPresent()), user, request), "group-meeting",
                programId, model, redirect);
    }

    /** Proposes every pair of the suggestion as it stands now, each checked by the program like any other. */
    @PostMapping("/suggestion/acceptance")
    String acceptSuggestion(@PathVariable UUID programId, @AuthenticationPrincipal UiUser user,
                            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Optional<String> refused = Optional.empty();
        for (MatchSuggestionView.SuggestedPair pair : suggestion(programId).map(MatchSuggestionView::pairs)
                .orElse(List.of())) {
            refused = commands.send(new ProposePair(new ProgramId(programId), PairId.random(), pair.form(),
                    InteractionFormat.INDIVIDUAL, null, Set.of(new PersonId(pair.mentorId())),
                    Set.of(new PersonId(pair.menteeId()))), user, request);
            if (refused.isPresent()) {
                break;
            }
        }
        return outcome(refused, "suggestion", programId, model, redirect);
    }

    @PostMapping("/pairs")
    String proposePair(@PathVariable UUID programId, @Valid @ModelAttribute("pairForm") PairForm form,
                       BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                       Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        return outcome(commands.send(new ProposePair(new ProgramId(programId), PairId.random(), form.getForm(),
                form.getFormat(), form.getKind(), people(form.getMentors()), people(form.getMentees())),
                user, request), "pair", programId, model, redirect);
    }

    @PostMapping("/pairs/{pairId}/withdrawal")
    String withdrawPair(@PathVariable UUID programId, @PathVariable UUID pairId,
                        @RequestParam(required = false) String reason, @AuthenticationPrincipal UiUser user,
                        HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (reason == null) {
            model.addAttribute("error", "Укажите причину, по которой предложение пары отозвано");
            model.addAttribute("refusedCard", "proposed");
            return page(programId, model);
        }
        return outcome(commands.send(new WithdrawPairProposal(new ProgramId(programId), new PairId(pairId), reason),
                user, request), "proposed", programId, model, redirect);
    }

    @PostMapping("/fixing-order")
    String fixPairs(@PathVariable UUID programId, @Valid @ModelAttribute("fixingOrderForm") OrderForm form,
                    BindingResult errors, @AuthenticationPrincipal UiUser user, HttpServletRequest request,
                    Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(programId, model);
        }
        return outcome(commands.send(new FixPairsByOrder(new ProgramId(programId), form.getOrderNumber(),
                form.getOrderDate()), user, request), "fixing-order", programId, model, redirect);
    }

    private static Set<PersonId> people(Set<UUID> ids) {
        return ids.stream().map(PersonId::new).collect(Collectors.toSet());
    }

    private static List<String> named(List<UUID> people, Map<UUID, String> names) {
        return people.stream().map(id -> names.getOrDefault(id, "—")).toList();
    }

    private Optional<MatchSuggestionView> suggestion(UUID programId) {
        return queries.query(new SuggestMatches(new ProgramId(programId)),
                ResponseTypes.optionalInstanceOf(MatchSuggestionView.class)).join();
    }

    private String outcome(Optional<String> refused, String card, UUID programId, Model model,
                           RedirectAttributes redirect) {
        return ProgramPages.outcome(refused, card, "matching." + card + ".done",
                "/ui/programs/" + programId + "/matching#" + card, model, redirect, () -> page(programId, model));
    }

    private String page(UUID programId, Model model) {
        pages.header(programId, model);
        List<ParticipantRow> mentees = pages.participants(programId, ParticipantRole.MENTEE, null);
        List<ParticipantRow> mentors = pages.participants(programId, ParticipantRole.MENTOR, null);
        Map<UUID, String> names = new LinkedHashMap<>();
        mentees.forEach(row -> names.put(row.personId(), row.fullName()));
        mentors.forEach(row -> names.put(row.personId(), row.fullName()));
        model.addAttribute("unmatchedMentees", mentees.stream()
                .filter(row -> "UNMATCHED".equals(row.pairStatus())).toList());
        model.addAttribute("mentors", mentors);
        model.addAttribute("proposed", queries.query(new FindProposedPairs(new ProgramId(programId)),
                        ResponseTypes.multipleInstancesOf(ProposedPairView.class)).join().stream()
                .map(pair -> new ProposedPair(pair.pairId(), pair.form().name(), named(pair.mentors(), names),
                        named(pair.mentees(), names)))
                .toList());
        suggestion(programId).ifPresent(found -> {
            model.addAttribute("suggestions", found.pairs().stream()
                    .map(pair -> new Suggestion(names.getOrDefault(pair.menteeId(), "—"),
                            names.getOrDefault(pair.mentorId(), "—"), pair.form().name(), pair.score()))
                    .toList());
            model.addAttribute("leftUnmatched", found.unmatchedMentees().stream()
                    .map(id -> names.getOrDefault(id, "—")).toList());
        });
        GroupMeetingForm meeting = new GroupMeetingForm();
        meeting.setDate(pages.today());
        ProgramPages.addIfMissing(model, "groupMeetingForm", meeting);
        ProgramPages.addIfMissing(model, "pairForm", new PairForm());
        ProgramPages.addIfMissing(model, "fixingOrderForm", OrderForm.dated(pages.today()));
        model.addAttribute("formats", InteractionFormat.values());
        model.addAttribute("kinds", MentoringKind.values());
        return "program-matching";
    }
}
