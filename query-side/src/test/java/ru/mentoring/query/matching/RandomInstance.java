package ru.mentoring.query.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A matching instance drawn from a seed: random sizes, capacities, questionnaires (with strangers, repeats and
 * incompatible names among them) and scores with many ties and some pairs that may not be formed.
 */
record RandomInstance(long seed, List<MenteeCandidate> mentees, List<MentorCandidate> mentors,
                      ScoreTable compatibility) {

    static RandomInstance of(long seed, int maxMentees, int maxMentors, int maxCapacity) {
        return of(seed, maxMentees, maxMentors, maxCapacity, false);
    }

    /**
     * An instance with as many mentees as places (up to the maximum), everyone compatible and everybody ranking
     * the whole other side at random: the two sides disagree most, so that there is often more than one stable
     * distribution to choose from.
     */
    static RandomInstance withFullQuestionnaires(long seed, int maxMentees, int maxMentors, int maxCapacity) {
        return of(seed, maxMentees, maxMentors, maxCapacity, true);
    }

    private static RandomInstance of(long seed, int maxMentees, int maxMentors, int maxCapacity, boolean full) {
        Random random = new Random(seed);
        Set<UUID> taken = new HashSet<>();
        List<UUID> mentorIds = ids(random, full ? 2 + random.nextInt(maxMentors - 1) : random.nextInt(maxMentors + 1),
                taken);
        List<Integer> capacities = mentorIds.stream().map(id -> 1 + random.nextInt(maxCapacity)).toList();
        int places = capacities.stream().mapToInt(Integer::intValue).sum();
        List<UUID> menteeIds = ids(random, full ? Math.min(places, maxMentees) : random.nextInt(maxMentees + 1),
                taken);

        ScoreTable compatibility = ScoreTable.nobodyFits();
        double forbidden = full ? 0 : random.nextDouble() * 0.5;
        int scoreRange = 1 + random.nextInt(random.nextBoolean() ? 3 : 100);
        for (UUID mentee : menteeIds) {
            for (UUID mentor : mentorIds) {
                if (random.nextDouble() >= forbidden) {
                    compatibility.score(mentee, mentor, random.nextInt(scoreRange) - scoreRange / 2);
                }
            }
        }
        List<MenteeCandidate> mentees = menteeIds.stream()
                .map(id -> new MenteeCandidate(id, full ? shuffled(random, mentorIds) : stated(random, mentorIds)))
                .toList();
        List<MentorCandidate> mentors = new ArrayList<>();
        for (int r = 0; r < mentorIds.size(); r++) {
            mentors.add(new MentorCandidate(mentorIds.get(r), capacities.get(r),
                    full ? shuffled(random, menteeIds) : stated(random, menteeIds)));
        }
        return new RandomInstance(seed, mentees, List.copyOf(mentors), compatibility);
    }

    private static List<UUID> ids(Random random, int count, Set<UUID> taken) {
        List<UUID> ids = new ArrayList<>();
        while (ids.size() < count) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            if (taken.add(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A questionnaire: often empty, otherwise a few names drawn with repeats, now and then a stranger. */
    private static List<UUID> stated(Random random, List<UUID> others) {
        List<UUID> stated = new ArrayList<>();
        int length = random.nextInt(3) == 0 ? 0 : random.nextInt(others.size() + 2);
        for (int i = 0; i < length; i++) {
            if (others.isEmpty() || random.nextInt(10) == 0) {
                stated.add(new UUID(random.nextLong(), random.nextLong()));
            } else {
                stated.add(others.get(random.nextInt(others.size())));
            }
        }
        return stated;
    }

    private static List<UUID> shuffled(Random random, List<UUID> others) {
        List<UUID> shuffled = new ArrayList<>(others);
        Collections.shuffle(shuffled, random);
        return shuffled;
    }

    MatchSuggestion suggest() {
        return StableMatcher.suggest(mentees, mentors, compatibility);
    }

    StabilityChecker checker() {
        return new StabilityChecker(mentees, mentors, compatibility);
    }

    @Override
    public String toString() {
        return "instance of seed " + seed + " (" + mentees.size() + " mentees, " + mentors.size() + " mentors)";
    }
}
