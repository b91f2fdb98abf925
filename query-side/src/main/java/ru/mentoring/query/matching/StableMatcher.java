package ru.mentoring.query.matching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Suggests mentoring pairs and groups by mentee-proposing deferred acceptance with capacities (the
 * Gale–Shapley algorithm for "college admissions", also known as hospitals–residents).
 *
 * <p>Each side's preference list is first <em>completed</em>: the stated preferences in their order, leaving
 * out unknown people, incompatible partners and repeats, then every other compatible partner by descending
 * {@link Compatibility#score score}, ties by {@link UUID#compareTo UUID order}. So the result is deterministic,
 * independent of the order of the input lists (except for the order of the output), and proposes a complete
 * distribution even when people stated few preferences. Then each free mentee proposes to the next mentor on
 * its list; a mentor holds the best proposals up to its capacity and releases the worst one when a better
 * mentee proposes; a released mentee goes on down its list, until every mentee is held or has run out of
 * mentors.
 *
 * <p>Why stable matching: the result has no blocking pair, that is no mentee and mentor, compatible, who would
 * both rather be together than with whom they got (a mentor with a free place counts as preferring any
 * mentee it ranks). A curator can defend such a distribution to the participants, and no pair has a reason to
 * go around it. Among all stable distributions this one is mentee-optimal: every mentee gets the best mentor
 * they can have in any stable distribution. An incompatible pair is never assigned, nor a person to
 * themselves; a mentor never gets more mentees than its capacity; a mentee is left unmatched only when every
 * compatible mentor is full of mentees it prefers.
 *
 * <p>Complexity for {@code n} mentees and {@code m} mentors: {@code n·m} calls of the compatibility, the lists
 * are completed in {@code O(n·m·log(n + m))} plus the length of the questionnaires, and at most {@code n·m}
 * proposals follow (no mentee proposes twice to the same mentor), each in {@code O(log capacity)}; memory is
 * {@code O(n·m)}.
 *
 * <p>The result is a suggestion (предложение по распределению): the curator accepts or edits it, and the
 * pairs are fixed only by the order of the head with the participants' consent.
 */
public final class StableMatcher {

    /** No mentor holds this mentee. */
    private static final int FREE = -1;

    private StableMatcher() {
    }

    /**
     * @param mentees       the mentees to place, each person once
     * @param mentors       the mentors who can take them, each person once
     * @param compatibility who may be paired with whom and how well they fit
     * @return the mentee-optimal stable distribution: assignments in the input order of the mentees, then the
     *         mentees left without a mentor, also in input order
     * @throws IllegalArgumentException when an argument or an element is {@code null}, a person appears twice
     *                                  on one side, or the compatibility answers {@code null}
     */
    public static MatchSuggestion suggest(List<MenteeCandidate> mentees, List<MentorCandidate> mentors,
                                          Compatibility compatibility) {
        requireCandidates(mentees, "mentees", MenteeCandidate::personId);
        requireCandidates(mentors, "mentors", MentorCandidate::personId);
        if (compatibility == null) {
            throw new IllegalArgumentException("a compatibility is needed to know who may be paired with whom");
        }
        OptionalInt[][] fit = scores(mentees, mentors, compatibility);
        int[][] menteeLists = completedMenteeLists(mentees, mentors, fit);
        int[][] mentorRanks = mentorRanks(mentees, mentors, fit);

        int[] heldBy = deferredAcceptance(menteeLists, mentorRanks, mentors);

        List<Assignment> assignments = new ArrayList<>();
        List<UUID> unmatched = new ArrayList<>();
        for (int e = 0; e < mentees.size(); e++) {
            UUID mentee = mentees.get(e).personId();
            if (heldBy[e] == FREE) {
                unmatched.add(mentee);
            } else {
                assignments.add(new Assignment(mentee, mentors.get(heldBy[e]).personId()));
            }
        }
        return new MatchSuggestion(assignments, unmatched);
    }

    /** Mentees propose in turn; returns, for each mentee, the index of the mentor holding it or {@link #FREE}. */
    private static int[] deferredAcceptance(int[][] menteeLists, int[][] mentorRanks,
                                            List<MentorCandidate> mentors) {
        int[] heldBy = new int[menteeLists.length];
        Arrays.fill(heldBy, FREE);
        int[] nextProposal = new int[menteeLists.length];
        List<PriorityQueue<Integer>> held = new ArrayList<>();
        for (int[] ranks : mentorRanks) {
            held.add(new PriorityQueue<>(Comparator.comparingInt((Integer e) -> ranks[e]).reversed()));
        }
        Deque<Integer> free = new ArrayDeque<>();
        IntStream.range(0, menteeLists.length).forEach(free::addLast);
        while (!free.isEmpty()) {
            int mentee = free.pollFirst();
            if (nextProposal[mentee] == menteeLists[mentee].length) {
                continue;
            }
            int mentor = menteeLists[mentee][nextProposal[mentee]++];
            PriorityQueue<Integer> kept = held.get(mentor);
            if (kept.size() < mentors.get(mentor).capacity()) {
                kept.add(mentee);
                heldBy[mentee] = mentor;
            } else if (mentorRanks[mentor][mentee] < mentorRanks[mentor][kept.peek()]) {
                int released = kept.poll();
                heldBy[released] = FREE;
                free.addFirst(released);
                kept.add(mentee);
                heldBy[mentee] = mentor;
            } else {
                free.addFirst(mentee);
            }
        }
        return heldBy;
    }

    /** The fit of every mentee (row) with every mentor (column); empty where they may not be paired. */
    private static OptionalInt[][] scores(List<MenteeCandidate> mentees, List<MentorCandidate> mentors,
                                          Compatibility compatibility) {
        OptionalInt[][] fit = new OptionalInt[mentees.size()][mentors.size()];
        for (int e = 0; e < mentees.size(); e++) {
            for (int r = 0; r < mentors.size(); r++) {
                UUID mentee = mentees.get(e).personId();
                UUID mentor = mentors.get(r).personId();
                OptionalInt score = compatibility.score(mentee, mentor);
                if (score == null) {
                    throw new IllegalArgumentException("the compatibility of mentee " + mentee + " and mentor "
                            + mentor + " is null; it must be a score or empty when they may not be paired");
                }
                fit[e][r] = mentee.equals(mentor) ? OptionalInt.empty() : score;
            }
        }
        return fit;
    }

    private static int[][] completedMenteeLists(List<MenteeCandidate> mentees, List<MentorCandidate> mentors,
                                                OptionalInt[][] fit) {
        Map<UUID, Integer> mentorIndex = indexOf(mentors, MentorCandidate::personId);
        int[][] lists = new int[mentees.size()][];
        for (int e = 0; e < mentees.size(); e++) {
            OptionalInt[] row = fit[e];
            lists[e] = completed(mentees.get(e).preferredMentors(), mentorIndex, mentors.size(),
                    r -> row[r].isPresent(),
                    byFit(r -> row[r].getAsInt(), r -> mentors.get(r).personId()));
        }
        return lists;
    }

    /** For each mentor, the position of each compatible mentee in its completed list (lower is better). */
    private static int[][] mentorRanks(List<MenteeCandidate> mentees, List<MentorCandidate> mentors,
                                       OptionalInt[][] fit) {
        Map<UUID, Integer> menteeIndex = indexOf(mentees, MenteeCandidate::personId);
        int[][] ranks = new int[mentors.size()][mentees.size()];
        for (int r = 0; r < mentors.size(); r++) {
            int mentor = r;
            int[] list = completed(mentors.get(r).preferredMentees(), menteeIndex, mentees.size(),
                    e -> fit[e][mentor].isPresent(),
                    byFit(e -> fit[e][mentor].getAsInt(), e -> mentees.get(e).personId()));
            Arrays.fill(ranks[r], Integer.MAX_VALUE);
            for (int position = 0; position < list.length; position++) {
                ranks[r][list[position]] = position;
            }
        }
        return ranks;
    }

    /** Stated preferences that are known and compatible, once each, then the other compatible ones by fit. */
    private static int[] completed(List<UUID> stated, Map<UUID, Integer> index, int size, IntPredicate compatible,
                                   Comparator<Integer> byFit) {
        LinkedHashSet<Integer> list = new LinkedHashSet<>();
        for (UUID id : stated) {
            Integer partner = index.get(id);
            if (partner != null && compatible.test(partner)) {
                list.add(partner);
            }
        }
        IntStream.range(0, size).filter(compatible).boxed()
                .filter(partner -> !list.contains(partner))
                .sorted(byFit)
                .forEachOrdered(list::add);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Higher score first, then lower UUID. */
    private static Comparator<Integer> byFit(IntUnaryOperator score, IntFunction<UUID> id) {
        return Comparator.comparingInt((Integer partner) -> score.applyAsInt(partner)).reversed()
                .thenComparing(partner -> id.apply(partner));
    }

    private static <T> Map<UUID, Integer> indexOf(List<T> candidates, Function<T, UUID> id) {
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            index.put(id.apply(candidates.get(i)), i);
        }
        return index;
    }

    private static <T> void requireCandidates(List<T> candidates, String side, Function<T, UUID> id) {
        if (candidates == null) {
            throw new IllegalArgumentException("the list of " + side + " must not be null (it may be empty)");
        }
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            T candidate = candidates.get(i);
            if (candidate == null) {
                throw new IllegalArgumentException("the list of " + side + " holds null at position " + i);
            }
            Integer first = seen.putIfAbsent(id.apply(candidate), i);
            if (first != null) {
                throw new IllegalArgumentException("person " + id.apply(candidate) + " appears twice among the "
                        + side + ", at positions " + first + " and " + i);
            }
        }
    }
}
