package ru.mentoring.command.program;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.FeedbackDatesSet;
import ru.mentoring.api.program.FixedPair;
import ru.mentoring.api.program.GroupMeetingHeld;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MenteesReturnedToBase;
import ru.mentoring.api.program.PairProposalWithdrawn;
import ru.mentoring.api.program.PairProposed;
import ru.mentoring.api.program.PairsFixedByOrder;
import ru.mentoring.api.program.ProposePair;
import ru.mentoring.command.common.DomainRuleViolation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The matching stage of the Program aggregate: the group meeting, the pairs and groups proposed and fixed
 * (seed 004, organization items 16–19), and the feedback dates that fixed pairs are given.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Matching {

    private boolean groupMeetingHeld;
    private final Map<UUID, PairProposal> pairs = new LinkedHashMap<>();
    private List<LocalDate> feedbackDates = List.of();

    boolean groupMeetingHeld() {
        return groupMeetingHeld;
    }

    int proposed() {
        return unfixed().size();
    }

    int fixed() {
        return (int) pairs.values().stream().filter(PairProposal::fixed).count();
    }

    List<LocalDate> feedbackDates() {
        return feedbackDates;
    }

    List<FixedPair> unfixed() {
        return pairs.values().stream().filter(pair -> !pair.fixed()).map(PairProposal::toFixedPair).toList();
    }

    boolean isPairedMentee(UUID personId) {
        return pairs.values().stream().anyMatch(pair -> pair.fixed() && pair.mentees().contains(personId));
    }

    Set<UUID> pairedParticipants() {
        return pairs.values().stream().filter(PairProposal::fixed)
                .flatMap(pair -> Stream.concat(pair.mentors().stream(), pair.mentees().stream()))
                .collect(Collectors.toSet());
    }

    /** The mentors and mentees of a proposed or fixed pair; none for a pair the program does not have. */
    List<PersonId> peopleOf(UUID pairId) {
        PairProposal pair = pairs.get(pairId);
        if (pair == null) {
            return List.of();
        }
        return Stream.concat(pair.mentors().stream(), pair.mentees().stream()).map(PersonId::new).toList();
    }

    void requireProposed(UUID pairId) {
        PairProposal pair = pairs.get(pairId);
        if (pair == null) {
            throw new DomainRuleViolation("pair.unknown", "Пара или группа " + pairId + " в программе не предлагалась");
        }
        if (pair.fixed()) {
            throw new DomainRuleViolation("pair.already-fixed",
                    "Пара или группа " + pairId + " уже закреплена приказом; её можно только расформировать");
        }
    }

    /**
     * Whether the pair is not, or no longer, among the program's pairs: a fixed pair leaves them only when its
     * mentees go back to the base (a withdrawn proposal leaves them too, but was never fixed, so never dissolved).
     */
    boolean notAmongPairs(UUID pairId) {
        return !pairs.containsKey(pairId);
    }

    void requireFixed(UUID pairId) {
        PairProposal pair = pairs.get(pairId);
        if (pair == null || !pair.fixed()) {
            throw new DomainRuleViolation("pair.not-fixed", "Пара или группа " + pairId + " не закреплена в программе");
        }
    }

    void requireNewPairId(UUID pairId) {
        if (pairs.containsKey(pairId)) {
            throw new DomainRuleViolation("pair.already-proposed", "Пара или группа " + pairId + " уже предложена");
        }
    }

    void requireFormatFits(ProposePair command) {
        if (command.format() == InteractionFormat.INDIVIDUAL
                && (command.mentors().size() != 1 || command.mentees().size() != 1)) {
            throw new DomainRuleViolation("pair.individual-needs-one-each",
                    "Индивидуальный формат — это один наставник и один наставляемый");
        }
    }

    void requireMenteeUnmatched(PersonId mentee) {
        if (pairs.values().stream().anyMatch(pair -> pair.mentees().contains(mentee.value()))) {
            throw new DomainRuleViolation("pair.mentee-already-matched",
                    "Наставляемый " + mentee + " уже входит в другую пару или группу");
        }
    }

    /** How many mentees a mentor already has across the program's pairs and groups. */
    int menteesOf(PersonId mentor) {
        return pairs.values().stream().filter(pair -> pair.mentors().contains(mentor.value()))
                .mapToInt(pair -> pair.mentees().size()).sum();
    }

    @EventSourcingHandler
    void on(GroupMeetingHeld event) {
        groupMeetingHeld = true;
    }

    @EventSourcingHandler
    void on(PairProposed event) {
        pairs.put(event.pairId().value(), new PairProposal(event.pairId().value(), event.form(), event.format(),
                event.kind(), ids(event.mentors()), ids(event.mentees()), false));
    }

    @EventSourcingHandler
    void on(PairProposalWithdrawn event) {
        pairs.remove(event.pairId().value());
    }

    /**
     * The order names each pair it fixes in full, so it fixes them from its own words: the same pairs the proposals
     * held, and a view by business date that counts a back-dated order before the proposals were recorded still
     * knows them.
     */
    @EventSourcingHandler
    void on(PairsFixedByOrder event) {
        event.pairs().forEach(fixed -> pairs.put(fixed.pairId().value(), new PairProposal(fixed.pairId().value(),
                fixed.form(), fixed.format(), fixed.kind(), ids(fixed.mentors()), ids(fixed.mentees()), true)));
    }

    @EventSourcingHandler
    void on(FeedbackDatesSet event) {
        feedbackDates = List.copyOf(event.dates());
    }

    @EventSourcingHandler
    void on(MenteesReturnedToBase event) {
        pairs.remove(event.pairId().value());
    }

    private static Set<UUID> ids(Set<PersonId> people) {
        return people.stream().map(PersonId::value).collect(Collectors.toSet());
    }
}
