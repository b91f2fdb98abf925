package ru.mentoring.query.matching;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.query.matching.People.ALLA_PETROVNA;
import static ru.mentoring.query.matching.People.ARTYOM;
import static ru.mentoring.query.matching.People.BELLA_IGOREVNA;
import static ru.mentoring.query.matching.People.BOGDAN;
import static ru.mentoring.query.matching.People.GLEB;
import static ru.mentoring.query.matching.People.STRANGER;
import static ru.mentoring.query.matching.People.VERA_SERGEEVNA;
import static ru.mentoring.query.matching.People.VLAD;
import static ru.mentoring.query.matching.People.mentee;
import static ru.mentoring.query.matching.People.mentor;

/** Instances small enough to work out by hand, each with its known answer. */
class StableMatcherTest {

    @Test
    void everyMenteeGetsTheirFirstChoiceWhenNoMentorIsOversubscribed() {
        MatchSuggestion suggestion = StableMatcher.suggest(
                List.of(mentee(ARTYOM, BELLA_IGOREVNA, ALLA_PETROVNA),
                        mentee(BOGDAN, ALLA_PETROVNA, BELLA_IGOREVNA),
                        mentee(VLAD, VERA_SERGEEVNA)),
                List.of(mentor(ALLA_PETROVNA, 1, ARTYOM),
                        mentor(BELLA_IGOREVNA, 1, VLAD, BOGDAN),
                        mentor(VERA_SERGEEVNA, 1)),
                ScoreTable.everyoneFits());

        assertThat(suggestion.assignments()).containsExactly(
                new Assignment(ARTYOM, BELLA_IGOREVNA),
                new Assignment(BOGDAN, ALLA_PETROVNA),
                new Assignment(VLAD, VERA_SERGEEVNA));
        assertThat(suggestion.unmatchedMentees()).isEmpty();
    }

    /**
     * Gale and Shapley's own example (1962) of three stable distributions: everyone's first choice for the
     * proposers, everyone's first choice for the others, and everyone's second choice. Mentees propose, so
     * mentees get their first choices although every mentor then has its last.
     */
    @Test
    void theClassicThreeByThreeInstanceGivesTheMenteeOptimalDistribution() {
        List<MenteeCandidate> mentees = List.of(
                mentee(ARTYOM, ALLA_PETROVNA, BELLA_IGOREVNA, VERA_SERGEEVNA),
                mentee(BOGDAN, BELLA_IGOREVNA, VERA_SERGEEVNA, ALLA_PETROVNA),
                mentee(VLAD, VERA_SERGEEVNA, ALLA_PETROVNA, BELLA_IGOREVNA));
        List<MentorCandidate> mentors = List.of(
                mentor(ALLA_PETROVNA, 1, BOGDAN, VLAD, ARTYOM),
                mentor(BELLA_IGOREVNA, 1, VLAD, ARTYOM, BOGDAN),
                mentor(VERA_SERGEEVNA, 1, ARTYOM, BOGDAN, VLAD));

        MatchSuggestion suggestion = StableMatcher.suggest(mentees, mentors, ScoreTable.everyoneFits());

        assertThat(suggestion.assignments()).containsExactly(
                new Assignment(ARTYOM, ALLA_PETROVNA),
                new Assignment(BOGDAN, BELLA_IGOREVNA),
                new Assignment(VLAD, VERA_SERGEEVNA));
        StabilityChecker checker = new StabilityChecker(mentees, mentors, ScoreTable.everyoneFits());
        MatchSuggestion mentorOptimal = new MatchSuggestion(List.of(
                new Assignment(ARTYOM, VERA_SERGEEVNA),
                new Assignment(BOGDAN, ALLA_PETROVNA),
                new Assignment(VLAD, BELLA_IGOREVNA)), List.of());
        assertThat(checker.violations(mentorOptimal)).as("the other side's optimum is stable too").isEmpty();
    }

    @Test
    void aHeldMenteeIsReleasedWhenTheMentorGetsAMenteeItPrefers() {
        MatchSuggestion suggestion = StableMatcher.suggest(
                List.of(mentee(ARTYOM, ALLA_PETROVNA, BELLA_IGOREVNA),
                        mentee(BOGDAN, ALLA_PETROVNA, BELLA_IGOREVNA),
                        mentee(VLAD, ALLA_PETROVNA, BELLA_IGOREVNA, VERA_SERGEEVNA)),
                List.of(mentor(ALLA_PETROVNA, 1, BOGDAN, ARTYOM, VLAD),
                        mentor(BELLA_IGOREVNA, 1, ARTYOM, VLAD, BOGDAN),
                        mentor(VERA_SERGEEVNA, 1)),
                ScoreTable.everyoneFits());

        assertThat(suggestion.assignments()).containsExactly(
                new Assignment(ARTYOM, BELLA_IGOREVNA),
                new Assignment(BOGDAN, ALLA_PETROVNA),
                new Assignment(VLAD, VERA_SERGEEVNA));
    }

    @Test
    void aMentorWithTwoPlacesKeepsTheTwoItPrefersOfThreeProposers() {
        MatchSuggestion suggestion = StableMatcher.suggest(
                List.of(mentee(ARTYOM, ALLA_PETROVNA, BELLA_IGOREVNA),
                        mentee(BOGDAN, ALLA_PETROVNA, BELLA_IGOREVNA),
                        mentee(VLAD, ALLA_PETROVNA, BELLA_IGOREVNA)),
                List.of(mentor(ALLA_PETROVNA, 2, VLAD, ARTYOM, BOGDAN),
                        mentor(BELLA_IGOREVNA, 1)),
                ScoreTable.everyoneFits());

        assertThat(suggestion.assignments()).containsExactly(
                new Assignment(ARTYOM, ALLA_PETROVNA),
                new Assignment(BOGDAN, BELLA_IGOREVNA),
                new Assignment(VLAD, ALLA_PETROVNA));
    }

    @Test
    void anIncompatiblePairIsNeverAssignedEvenWhenBothAskedForIt() {
        MatchSuggestion suggestion = StableMatcher.suggest(
                List.of(mentee(ARTYOM, ALLA_PETROVNA, BELLA_IGOREVNA), mentee(BOGDAN, ALLA_PETROVNA)),
                List.of(mentor(ALLA_PETROVNA, 2, ARTYOM, BOGDAN), mentor(BELLA_IGOREVNA, 1)),
                ScoreTable.everyoneFits()
                        .forbid(ARTYOM, ALLA_PETROVNA)
                        .forbid(BOGDAN, ALLA_PETROVNA)
                        .forbid(BOGDAN, BELLA_IGOREVNA));

        assertThat(suggestion.assignments()).containsExactly(new Assignment(ARTYOM, BELLA_IGOREVNA));
        assertThat(suggestion.unmatchedMentees())
                .as("left alone though Alla Petrovna has free places: no compatible mentor")
                .containsExactly(BOGDAN);
    }

    @Test
    void aPersonInBothBasesIsNeverSuggestedAsTheirOwnMentor() {
        MatchSuggestion suggestion = StableMatcher.suggest(
                List.of(mentee(ALLA_PETROVNA, ALLA_PETROVNA)),
                List.of(mentor(ALLA_PETROVNA, 1, ALLA_PETROVNA), mentor(BELLA_IGOREVNA, 1)),
                ScoreTable.everyoneFits().score(ALLA_PETROVNA, ALLA_PETROVNA, 100));

        assertThat(suggestion.assignments()).containsExactly(new Assignment(ALLA_PETROVNA, BELLA_IGOREVNA));
    }

    @Test
    void whenPlacesRunOutTheMenteesTheMentorsRankLastAreLeftUnmatchedInInputOrder() {
        MatchSuggestion suggestion = StableMatcher.suggest(
                List.of(mentee(GLEB, BELLA_IGOREVNA),
                        mentee(ARTYOM, BELLA_IGOREVNA),
                        mentee(VLAD, BELLA_IGOREVNA),
                        mentee(BOGDAN, BELLA_IGOREVNA)),
                List.of(mentor(ALLA_PETROVNA, 1, ARTYOM, BOGDAN, VLAD, GLEB),
                        mentor(BELLA_IGOREVNA, 1, BOGDAN, ARTYOM, GLEB, VLAD)),
                ScoreTable.everyoneFits());

        assertThat(suggestion.assignments()).containsExactly(
                new Assignment(ARTYOM, ALLA_PETROVNA),
                new Assignment(BOGDAN, BELLA_IGOREVNA));
        assertThat(suggestion.unmatchedMentees()).containsExactly(GLEB, VLAD);
    }

    @Test
    void whenNobodyStatedPreferencesTheScoresDecide() {
        MatchSuggestion suggestion = StableMatcher.suggest(
                List.of(mentee(ARTYOM), mentee(BOGDAN), mentee(VLAD)),
                List.of(mentor(ALLA_PETROVNA, 1), mentor(BELLA_IGOREVNA, 2)),
                ScoreTable.nobodyFits()
                        .score(ARTYOM, ALLA_PETROVNA, 3).score(ARTYOM, BELLA_IGOREVNA, 5)
                        .score(BOGDAN, ALLA_PETROVNA, 8).score(BOGDAN, BELLA_IGOREVNA, 1)
                        .score(VLAD, ALLA_PETROVNA, 9).score(VLAD, BELLA_IGOREVNA, 2));

        assertThat(suggestion.assignments()).containsExactly(
                new Assignment(ARTYOM, BELLA_IGOREVNA),
                new Assignment(BOGDAN, BELLA_IGOREVNA),
                new Assignment(VLAD, ALLA_PETROVNA));
    }

    @Test
    void equalScoresAreSettledByTheOrderOfPersonIdsNotOfTheInput() {
        MatchSuggestion suggestion = StableMatcher.suggest(
                List.of(mentee(VLAD), mentee(ARTYOM)),
                List.of(mentor(BELLA_IGOREVNA, 1), mentor(ALLA_PETROVNA, 1)),
                ScoreTable.everyoneFits());

        assertThat(suggestion.assignments()).containsExactly(
                new Assignment(VLAD, BELLA_IGOREVNA),
                new Assignment(ARTYOM, ALLA_PETROVNA));
    }

    @Test
    void aMenteesStatedChoiceBeatsAHigherScore() {
        MatchSuggestion suggestion = StableMatcher.suggest(
                List.of(mentee(ARTYOM, ALLA_PETROVNA)),
                List.of(mentor(ALLA_PETROVNA, 1), mentor(BELLA_IGOREVNA, 1)),
                ScoreTable.everyoneFits().score(ARTYOM, ALLA_PETROVNA, 1).score(ARTYOM, BELLA_IGOREVNA, 9));

        assertThat(suggestion.assignments()).containsExactly(new Assignment(ARTYOM, ALLA_PETROVNA));
    }

    @Test
    void aMentorsStatedChoiceBeatsAHigherScore() {
        MatchSuggestion suggestion = StableMatcher.suggest(
                List.of(mentee(ARTYOM, ALLA_PETROVNA), mentee(BOGDAN, ALLA_PETROVNA)),
                List.of(mentor(ALLA_PETROVNA, 1, ARTYOM)),
                ScoreTable.everyoneFits().score(ARTYOM, ALLA_PETROVNA, 1).score(BOGDAN, ALLA_PETROVNA, 9));

        assertThat(suggestion.assignments()).containsExactly(new Assignment(ARTYOM, ALLA_PETROVNA));
        assertThat(suggestion.unmatchedMentees()).containsExactly(BOGDAN);
    }

    @Test
    void aShortQuestionnaireIsCompletedByScoreSoEveryoneIsStillPlaced() {
        MatchSuggestion suggestion = StableMatcher.suggest(
                List.of(mentee(ARTYOM, VERA_SERGEEVNA), mentee(BOGDAN, VERA_SERGEEVNA)),
                List.of(mentor(ALLA_PETROVNA, 1), mentor(BELLA_IGOREVNA, 1), mentor(VERA_SERGEEVNA, 1, BOGDAN)),
                ScoreTable.everyoneFits().score(ARTYOM, BELLA_IGOREVNA, 7).score(ARTYOM, ALLA_PETROVNA, 4));

        assertThat(suggestion.assignments()).containsExactly(
                new Assignment(ARTYOM, BELLA_IGOREVNA),
                new Assignment(BOGDAN, VERA_SERGEEVNA));
    }

    @Test
    void strangersRepeatsAndIncompatibleNamesInAQuestionnaireAreLeftOut() {
        MatchSuggestion suggestion = StableMatcher.suggest(
                List.of(mentee(ARTYOM, STRANGER, BOGDAN, BELLA_IGOREVNA, BELLA_IGOREVNA, VERA_SERGEEVNA),
                        mentee(BOGDAN, BELLA_IGOREVNA)),
                List.of(mentor(BELLA_IGOREVNA, 1, STRANGER, BOGDAN, BOGDAN),
                        mentor(VERA_SERGEEVNA, 1, ARTYOM),
                        mentor(ALLA_PETROVNA, 1)),
                ScoreTable.everyoneFits().forbid(ARTYOM, VERA_SERGEEVNA).score(ARTYOM, ALLA_PETROVNA, 2));

        assertThat(suggestion.assignments()).containsExactly(
                new Assignment(ARTYOM, ALLA_PETROVNA),
                new Assignment(BOGDAN, BELLA_IGOREVNA));
    }

    @Test
    void withoutMentorsEveryMenteeIsUnmatchedAndWithoutMenteesNothingIsSuggested() {
        assertThat(StableMatcher.suggest(List.of(mentee(VLAD), mentee(ARTYOM)), List.of(), ScoreTable.everyoneFits()))
                .isEqualTo(new MatchSuggestion(List.of(), List.of(VLAD, ARTYOM)));
        assertThat(StableMatcher.suggest(List.of(), List.of(mentor(ALLA_PETROVNA, 3)), ScoreTable.everyoneFits()))
                .isEqualTo(new MatchSuggestion(List.of(), List.of()));
    }
}
