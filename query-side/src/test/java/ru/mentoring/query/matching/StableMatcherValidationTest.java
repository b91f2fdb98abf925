package ru.mentoring.query.matching;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static ru.mentoring.query.matching.People.ALLA_PETROVNA;
import static ru.mentoring.query.matching.People.ARTYOM;
import static ru.mentoring.query.matching.People.BELLA_IGOREVNA;
import static ru.mentoring.query.matching.People.BOGDAN;
import static ru.mentoring.query.matching.People.mentee;
import static ru.mentoring.query.matching.People.mentor;

/** Input the matcher refuses, each with a message that says what is wrong. */
class StableMatcherValidationTest {

    private static final List<MenteeCandidate> MENTEES = List.of(mentee(ARTYOM), mentee(BOGDAN));
    private static final List<MentorCandidate> MENTORS = List.of(mentor(ALLA_PETROVNA, 1), mentor(BELLA_IGOREVNA, 1));

    @Test
    void refusesMissingListsAndAMissingCompatibility() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StableMatcher.suggest(null, MENTORS, ScoreTable.everyoneFits()))
                .withMessageContaining("mentees must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StableMatcher.suggest(MENTEES, null, ScoreTable.everyoneFits()))
                .withMessageContaining("mentors must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StableMatcher.suggest(MENTEES, MENTORS, null))
                .withMessageContaining("compatibility");
    }

    @Test
    void refusesAMissingCandidateNamingItsPosition() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StableMatcher.suggest(Arrays.asList(mentee(ARTYOM), null), MENTORS,
                        ScoreTable.everyoneFits()))
                .withMessage("the list of mentees holds null at position 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StableMatcher.suggest(MENTEES, Arrays.asList(null, mentor(ALLA_PETROVNA, 1)),
                        ScoreTable.everyoneFits()))
                .withMessage("the list of mentors holds null at position 0");
    }

    @Test
    void refusesAMenteeListedTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StableMatcher.suggest(
                        List.of(mentee(ARTYOM), mentee(BOGDAN), mentee(ARTYOM, ALLA_PETROVNA)), MENTORS,
                        ScoreTable.everyoneFits()))
                .withMessage("person " + ARTYOM + " appears twice among the mentees, at positions 0 and 2");
    }

    @Test
    void refusesAMentorListedTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StableMatcher.suggest(MENTEES,
                        List.of(mentor(ALLA_PETROVNA, 1), mentor(ALLA_PETROVNA, 2)), ScoreTable.everyoneFits()))
                .withMessage("person " + ALLA_PETROVNA + " appears twice among the mentors, at positions 0 and 1");
    }

    @Test
    void refusesAMentorWithoutPlaces() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mentor(ALLA_PETROVNA, 0))
                .withMessageContaining("must take at least one mentee, but capacity is 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mentor(ALLA_PETROVNA, -1))
                .withMessageContaining("capacity is -1");
    }

    @Test
    void refusesCandidatesWithoutAPersonOrWithMissingPreferences() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MenteeCandidate(null, List.of()))
                .withMessage("a mentee candidate needs a person id");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MentorCandidate(null, 1, List.of()))
                .withMessage("a mentor candidate needs a person id");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MenteeCandidate(ARTYOM, null))
                .withMessageContaining("empty when none were stated");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MentorCandidate(ALLA_PETROVNA, 1, Arrays.asList(ARTYOM, null)))
                .withMessage("preferred mentees of mentor " + ALLA_PETROVNA + " must not contain null");
    }

    @Test
    void refusesACompatibilityThatAnswersNull() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StableMatcher.suggest(MENTEES, MENTORS,
                        (mentee, mentor) -> mentee.equals(BOGDAN) ? null : OptionalInt.of(1)))
                .withMessageContaining("compatibility of mentee " + BOGDAN)
                .withMessageContaining("must be a score or empty");
    }

    @Test
    void candidatesKeepTheirOwnCopyOfThePreferences() {
        List<UUID> stated = new ArrayList<>(List.of(ALLA_PETROVNA));
        MenteeCandidate candidate = new MenteeCandidate(ARTYOM, stated);

        stated.add(BELLA_IGOREVNA);

        assertThat(candidate.preferredMentors()).containsExactly(ALLA_PETROVNA);
    }
}
