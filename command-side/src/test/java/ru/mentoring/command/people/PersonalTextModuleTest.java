package ru.mentoring.command.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.FeedbackGiven;
import ru.mentoring.api.pair.FeedbackSource;
import ru.mentoring.api.pair.PairId;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalTextModuleTest {

    private static final PersonId MENTOR = PersonId.of("00000000-0000-0000-0000-000000000002");
    private static final PersonId MENTEE = PersonId.of("00000000-0000-0000-0000-000000000001");
    private static final String COMMENT = "Маша Иванова стала увереннее на уроках";

    private final InMemoryKeys keys = new InMemoryKeys();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .registerModule(new PersonalTextModule(keys));

    @Test
    void aTextIsStoredSealedAndReadBackWhileItsPeopleAreKept() throws Exception {
        String stored = json.writeValueAsString(feedback(PersonalText.about(List.of(MENTOR, MENTEE), COMMENT)));

        assertThat(stored).doesNotContain("Иванова").doesNotContain("уверенн");
        ObjectNode envelope = (ObjectNode) json.readTree(stored).get("comment");
        assertThat(envelope.get("about")).hasSize(2);
        assertThat(envelope.get("about").get(0).asText()).as("ordered by id").isEqualTo(MENTEE.toString());
        assertThat(envelope.get("sealed").asText()).isNotBlank();

        FeedbackGiven read = json.readValue(stored, FeedbackGiven.class);
        assertThat(read.comment().text()).contains(COMMENT);
        assertThat(read.comment().about()).containsExactly(MENTEE, MENTOR);
        assertThat(read.comment().erased()).isFalse();
    }

    @Test
    void erasingAnyOneOfItsPeopleErasesTheText() throws Exception {
        String stored = json.writeValueAsString(feedback(PersonalText.about(List.of(MENTOR, MENTEE), COMMENT)));

        keys.shred(MENTOR);

        FeedbackGiven read = json.readValue(stored, FeedbackGiven.class);
        assertThat(read.comment().erased()).isTrue();
        assertThat(read.comment().text()).isEmpty();
        assertThat(read.comment()).hasToString(PersonalText.ERASED);
        assertThat(read.score()).as("the rest of the event stays whole").isEqualTo(4);
    }

    @Test
    void aTextReadIsOpenedOnlyWhenAskedForWithTheKeysOfThatMoment() throws Exception {
        String stored = json.writeValueAsString(feedback(PersonalText.about(List.of(MENTEE), COMMENT)));
        int lookups = keys.lookups;

        FeedbackGiven read = json.readValue(stored, FeedbackGiven.class);
        assertThat(keys.lookups).as("reading the event opens nothing").isEqualTo(lookups);
        assertThat(read.comment().text()).contains(COMMENT);
        keys.shred(MENTEE);

        assertThat(read.comment().erased()).as("an event kept in memory reads as erased too").isTrue();
    }

    @Test
    void aTextAboutAPersonAlreadyErasedIsStoredUnreadable() throws Exception {
        keys.shred(MENTEE);

        String stored = json.writeValueAsString(feedback(PersonalText.about(List.of(MENTEE), COMMENT)));

        assertThat(stored).doesNotContain("Иванова").doesNotContain("sealed");
        assertThat(json.readValue(stored, FeedbackGiven.class).comment().erased()).isTrue();
        assertThat(keys.keys).as("no new key is made for an erased person").doesNotContainKey(MENTEE);
    }

    @Test
    void aTextReadAndStoredAgainIsWrittenBackAsItWasRead() throws Exception {
        String stored = json.writeValueAsString(feedback(PersonalText.about(List.of(MENTEE), COMMENT)));

        String again = json.writeValueAsString(json.readValue(stored, FeedbackGiven.class));

        assertThat(again).isEqualTo(stored);
    }

    @Test
    void aSealedTextMovedToOtherPeopleOrAlteredDoesNotOpen() throws Exception {
        String stored = json.writeValueAsString(feedback(PersonalText.about(List.of(MENTEE), COMMENT)));
        keys.forSealing(List.of(MENTOR));

        String moved = stored.replace(MENTEE.toString(), MENTOR.toString());
        assertThatThrownBy(() -> json.readValue(moved, FeedbackGiven.class).comment().value())
                .hasMessageContaining("does not open");

        ObjectNode event = (ObjectNode) json.readTree(stored);
        String sealed = event.get("comment").get("sealed").asText();
        String oneByteOff = sealed.substring(0, 20) + (sealed.charAt(20) == 'A' ? 'B' : 'A') + sealed.substring(21);
        ((ObjectNode) event.get("comment")).put("sealed", oneByteOff);
        FeedbackGiven altered = json.treeToValue(event, FeedbackGiven.class);
        assertThatThrownBy(() -> altered.comment().value()).hasMessageContaining("does not open");
    }

    @Test
    void aTextStoredBeforeSealingIsReadAsPlainText() throws Exception {
        String legacy = """
                {"pairId":"%s","from":"MENTEE","personId":"%s","score":4,"comment":"Спасибо","date":"2021-05-01"}"""
                .formatted(UUID.randomUUID(), MENTEE);

        FeedbackGiven read = json.readValue(legacy, FeedbackGiven.class);

        assertThat(read.comment().text()).contains("Спасибо");
        assertThat(read.comment().about()).isEmpty();
    }

    private static FeedbackGiven feedback(PersonalText comment) {
        return new FeedbackGiven(PairId.random(), FeedbackSource.MENTEE, MENTEE, 4, comment, LocalDate.of(2021, 5, 1));
    }

    private static final class InMemoryKeys implements PersonKeys {

        private final Map<PersonId, byte[]> keys = new HashMap<>();
        private final Map<PersonId, Boolean> shredded = new HashMap<>();
        private int lookups;

        @Override
        public Optional<List<byte[]>> forSealing(List<PersonId> people) {
            for (PersonId person : people) {
                if (!shredded.containsKey(person)) {
                    keys.computeIfAbsent(person, ignored -> {
                        byte[] key = new byte[32];
                        new SecureRandom().nextBytes(key);
                        return key;
                    });
                }
            }
            return forOpening(people);
        }

        @Override
        public Optional<List<byte[]>> forOpening(List<PersonId> people) {
            lookups++;
            List<byte[]> found = new ArrayList<>();
            for (PersonId person : people) {
                if (!keys.containsKey(person)) {
                    return Optional.empty();
                }
                found.add(keys.get(person));
            }
            return Optional.of(found);
        }

        @Override
        public void shred(PersonId person) {
            keys.remove(person);
            shredded.put(person, true);
        }
    }
}
