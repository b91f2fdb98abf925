package ru.mentoring.query.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Judges a suggestion against the rules, written apart from {@link StableMatcher}: it completes the lists
 * again from the ids and looks for any blocking pair by trying every mentee with every mentor.
 */
final class StabilityChecker {

    private final List<MenteeCandidate> mentees;
    private final List<MentorCandidate> mentors;
    private final Compatibility compatibility;
    private final Map<UUID, List<UUID>> menteeLists = new HashMap<>();
    private final Map<UUID, List<UUID>> mentorLists = new HashMap<>();
    private final Map<UUID, Integer> capacities = new HashMap<>();

    StabilityChecker(List<MenteeCandidate> mentees, List<MentorCandidate> mentors, Compatibility compatibility) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.compatibility = compatibility;
        List<UUID> mentorIds = mentors.stream().map(MentorCandidate::personId).toList();
        List<UUID> menteeIds = mentees.stream().map(MenteeCandidate::personId).toList();
        mentees.forEach(e -> menteeLists.put(e.personId(),
                completed(e.preferredMentors(), mentorIds, r -> compatible(e.personId(), r),
                        r -> compatibility.score(e.personId(), r).orElseThrow())));
        mentors.forEach(r -> mentorLists.put(r.personId(),
                completed(r.preferredMentees(), menteeIds, e -> compatible(e, r.personId()),
                        e -> compatibility.score(e, r.personId()).orElseThrow())));
        mentors.forEach(r -> capacities.put(r.personId(), r.capacity()));
    }

    boolean compatible(UUID mentee, UUID mentor) {
        return !mentee.equals(mentor) && compatibility.score(mentee, mentor).isPresent();
    }

    /** The mentee's completed list of mentors, best first. */
    List<UUID> menteeList(UUID mentee) {
        return menteeLists.get(mentee);
    }

    private static List<UUID> completed(List<UUID> stated, List<UUID> side,
                                        Predicate<UUID> compatible, Function<UUID, Integer> score) {
        List<UUID> head = stated.stream().filter(side::contains).filter(compatible).distinct().toList();
        List<UUID> tail = side.stream().filter(compatible).filter(id -> !head.contains(id))
                .sorted(Comparator.comparing(score).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        return Stream.concat(head.stream(), tail.stream()).toList();
    }

    /** Everything wrong with the suggestion; empty when it keeps every rule. */
    List<String> violations(MatchSuggestion suggestion) {
        List<String> problems = new ArrayList<>(shapeViolations(suggestion));
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<UUID, UUID> mentorOf = mentorOf(suggestion);
        problems.addAll(blockingPairs(mentorOf));
        for (UUID mentee : suggestion.unmatchedMentees()) {
            for (UUID mentor : menteeList(mentee)) {
                long taken = mentorOf.values().stream().filter(mentor::equals).count();
                if (taken < capacities.get(mentor)) {
                    problems.add("mentee " + mentee + " is unmatched while mentor " + mentor + " has a free place");
                }
            }
        }
        return problems;
    }

    /** Every mentee once, in input order; only known, compatible pairs; no mentor over capacity. */
    private List<String> shapeViolations(MatchSuggestion suggestion) {
        List<String> problems = new ArrayList<>();
        List<UUID> menteeIds = mentees.stream().map(MenteeCandidate::personId).toList();
        List<UUID> assigned = suggestion.assignments().stream().map(Assignment::menteeId).toList();
        if (!assigned.equals(menteeIds.stream().filter(assigned::contains).toList())) {
            problems.add("assignments are not in the input order of mentees, or repeat one: " + assigned);
        }
        if (!suggestion.unmatchedMentees().equals(menteeIds.stream()
                .filter(suggestion.unmatchedMentees()::contains).toList())) {
            problems.add("unmatched mentees are not in input order, or repeat: " + suggestion.unmatchedMentees());
        }
        Set<UUID> everyone = new HashSet<>(assigned);
        everyone.addAll(suggestion.unmatchedMentees());
        if (everyone.size() != assigned.size() + suggestion.unmatchedMentees().size()
                || !everyone.equals(new HashSet<>(menteeIds))) {
            problems.add("mentees are not split into assigned and unmatched exactly once each");
        }
        for (Assignment assignment : suggestion.assignments()) {
            if (!capacities.containsKey(assignment.mentorId())) {
                problems.add("unknown mentor in " + assignment);
            } else if (!compatible(assignment.menteeId(), assignment.mentorId())) {
                problems.add("incompatible pair assigned: " + assignment);
            }
        }
        mentorOf(suggestion).values().stream().distinct().filter(capacities::containsKey).forEach(mentor -> {
            long taken = suggestion.assignments().stream().filter(a -> a.mentorId().equals(mentor)).count();
            if (taken > capacities.get(mentor)) {
                problems.add("mentor " + mentor + " has " + taken + " mentees over capacity "
                        + capacities.get(mentor));
            }
        });
        return problems;
    }

    /** Pairs that would both rather be together than with whom they got. */
    List<String> blockingPairs(Map<UUID, UUID> mentorOf) {
        List<String> pairs = new ArrayList<>();
        for (MenteeCandidate e : mentees) {
            UUID mentee = e.personId();
            List<UUID> list = menteeList(mentee);
            UUID current = mentorOf.get(mentee);
            int currentRank = current == null ? list.size() : list.indexOf(current);
            for (UUID mentor : list.subList(0, currentRank)) {
                List<UUID> held = mentorOf.entrySet().stream().filter(en -> en.getValue().equals(mentor))
                        .map(Map.Entry::getKey).toList();
                List<UUID> ranking = mentorLists.get(mentor);
                boolean wouldTake = held.size() < capacities.get(mentor)
                        || held.stream().anyMatch(other -> ranking.indexOf(mentee) < ranking.indexOf(other));
                if (wouldTake) {
                    pairs.add("blocking pair: mentee " + mentee + " and mentor " + mentor);
                }
            }
        }
        return pairs;
    }

    static Map<UUID, UUID> mentorOf(MatchSuggestion suggestion) {
        Map<UUID, UUID> mentorOf = new HashMap<>();
        suggestion.assignments().forEach(a -> mentorOf.put(a.menteeId(), Objects.requireNonNull(a.mentorId())));
        return mentorOf;
    }

    /** How far down the mentee's list its mentor is; the list's length when it has none. */
    int rankOfMentor(UUID mentee, Map<UUID, UUID> mentorOf) {
        UUID mentor = mentorOf.get(mentee);
        return mentor == null ? menteeList(mentee).size() : menteeList(mentee).indexOf(mentor);
    }
}
