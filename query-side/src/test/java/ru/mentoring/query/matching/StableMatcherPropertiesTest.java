package ru.mentoring.query.matching;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules hold on many random instances, each drawn from its own seed so that a failure names the instance
 * to replay.
 */
class StableMatcherPropertiesTest {

    private static final int INSTANCES = 500;

    private static List<RandomInstance> instances(int maxMentees, int maxMentors, int maxCapacity) {
        return LongStream.range(0, INSTANCES)
                .mapToObj(seed -> RandomInstance.of(seed, maxMentees, maxMentors, maxCapacity))
                .toList();
    }

    @Test
    void respectsCapacityAndCompatibilityAndLeavesNoBlockingPair() {
        for (RandomInstance instance : instances(15, 6, 4)) {
            MatchSuggestion suggestion = instance.suggest();

            assertThat(instance.checker().violations(suggestion)).as(instance.toString()).isEmpty();
        }
    }

    @Test
    void givesEveryMenteeTheBestMentorItHasInAnyStableDistribution() {
        int withAChoice = 0;
        List<RandomInstance> small = LongStream.range(0, INSTANCES)
                .mapToObj(seed -> seed % 2 == 0
                        ? RandomInstance.withFullQuestionnaires(seed, 6, 3, 2)
                        : RandomInstance.of(seed, 6, 3, 2))
                .toList();
        for (RandomInstance instance : small) {
            StabilityChecker checker = instance.checker();
            Map<UUID, UUID> suggested = StabilityChecker.mentorOf(instance.suggest());
            List<Map<UUID, UUID>> stable = allStableDistributions(instance, checker);
            withAChoice += stable.size() > 1 ? 1 : 0;

            assertThat(stable).as(instance.toString()).contains(suggested);
            for (Map<UUID, UUID> other : stable) {
                for (MenteeCandidate mentee : instance.mentees()) {
                    assertThat(checker.rankOfMentor(mentee.personId(), suggested))
                            .as("%s: mentee %s against the stable %s", instance, mentee.personId(), other)
                            .isLessThanOrEqualTo(checker.rankOfMentor(mentee.personId(), other));
                }
            }
        }
        assertThat(withAChoice).as("instances with more than one stable distribution").isGreaterThan(INSTANCES / 10);
    }

    @Test
    void answersTheSameTwice() {
        for (RandomInstance instance : instances(15, 6, 4)) {
            assertThat(instance.suggest()).as(instance.toString()).isEqualTo(instance.suggest());
        }
    }

    @Test
    void doesNotDependOnTheOrderOfMentors() {
        for (RandomInstance instance : instances(15, 6, 4)) {
            List<MentorCandidate> shuffled = new ArrayList<>(instance.mentors());
            Collections.shuffle(shuffled, new Random(instance.seed()));

            assertThat(StableMatcher.suggest(instance.mentees(), shuffled, instance.compatibility()))
                    .as(instance.toString()).isEqualTo(instance.suggest());
        }
    }

    @Test
    void pairsTheSameWhateverTheOrderOfMenteesAndListsThemInTheGivenOrder() {
        for (RandomInstance instance : instances(15, 6, 4)) {
            List<MenteeCandidate> reversed = new ArrayList<>(instance.mentees());
            Collections.reverse(reversed);

            MatchSuggestion suggestion = StableMatcher.suggest(reversed, instance.mentors(), instance.compatibility());

            MatchSuggestion original = instance.suggest();
            assertThat(suggestion.assignments()).as(instance.toString())
                    .containsExactlyElementsOf(reversedOf(original.assignments()));
            assertThat(suggestion.unmatchedMentees()).as(instance.toString())
                    .containsExactlyElementsOf(reversedOf(original.unmatchedMentees()));
        }
    }

    @Test
    void theRandomInstancesReachTheCasesThatMatter() {
        List<RandomInstance> instances = instances(15, 6, 4);
        long withUnmatched = instances.stream().filter(i -> !i.suggest().unmatchedMentees().isEmpty()).count();
        long withSharedMentor = instances.stream().filter(i -> {
            List<UUID> mentors = i.suggest().assignments().stream().map(Assignment::mentorId).toList();
            return new HashSet<>(mentors).size() < mentors.size();
        }).count();

        assertThat(withUnmatched).isGreaterThan(INSTANCES / 10);
        assertThat(withSharedMentor).isGreaterThan(INSTANCES / 10);
    }

    private static <T> List<T> reversedOf(List<T> list) {
        List<T> reversed = new ArrayList<>(list);
        Collections.reverse(reversed);
        return reversed;
    }

    /** Every way to give each mentee one compatible mentor or none, kept when within capacity and unblocked. */
    private static List<Map<UUID, UUID>> allStableDistributions(RandomInstance instance, StabilityChecker checker) {
        List<Map<UUID, UUID>> stable = new ArrayList<>();
        enumerate(instance, checker, 0, new HashMap<>(), stable);
        return stable;
    }

    private static void enumerate(RandomInstance instance, StabilityChecker checker, int next,
                                  Map<UUID, UUID> mentorOf, List<Map<UUID, UUID>> stable) {
        if (next == instance.mentees().size()) {
            if (withinCapacity(instance, mentorOf) && checker.blockingPairs(mentorOf).isEmpty()) {
                stable.add(new HashMap<>(mentorOf));
            }
            return;
        }
        UUID mentee = instance.mentees().get(next).personId();
        enumerate(instance, checker, next + 1, mentorOf, stable);
        for (UUID mentor : checker.menteeList(mentee)) {
            mentorOf.put(mentee, mentor);
            enumerate(instance, checker, next + 1, mentorOf, stable);
            mentorOf.remove(mentee);
        }
    }

    private static boolean withinCapacity(RandomInstance instance, Map<UUID, UUID> mentorOf) {
        return instance.mentors().stream().allMatch(mentor -> mentorOf.values().stream()
                .filter(mentor.personId()::equals).count() <= mentor.capacity());
    }
}
