package ru.mentoring.app.upcasting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingRecorded;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upcaster on its own, between bytes as the JDBC event store holds them and the event class: a revision 1
 * payload comes out as revision 2 with its day under the new name; anything else passes untouched.
 */
class MeetingRecordedUpcasterTest {

    private static final PairId PAIR = new PairId(UUID.fromString("7b0c2f4e-93a1-4d55-9a7e-2f1d0c3b5a61"));

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();
    private final MeetingRecordedUpcaster upcaster = new MeetingRecordedUpcaster();

    @Test
    void revisionOneIsReadWithItsDateAsTheDayTheMeetingWasHeld() {
        String stored = """
                {"pairId":"%s","number":1,"type":"ORGANIZATIONAL","date":"2021-09-14","format":"IN_PERSON",\
                "topic":"Знакомство","notes":null}""".formatted(PAIR.value());

        IntermediateEventRepresentation upcast = upcastOne(stored, "1");

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(upcast.getType().getName()).isEqualTo(MeetingRecorded.class.getName());
        assertThat(deserialize(upcast)).isEqualTo(new MeetingRecorded(PAIR, 1, MeetingType.ORGANIZATIONAL,
                LocalDate.of(2021, 9, 14), MeetingFormat.IN_PERSON, PersonalText.plain("Знакомство"), null));
    }

    @Test
    void revisionTwoPassesUntouched() {
        MeetingRecorded current = new MeetingRecorded(PAIR, 2, MeetingType.TRIAL, LocalDate.of(2021, 9, 21),
                MeetingFormat.ONLINE, PersonalText.plain("Пробная встреча"), PersonalText.plain("Все на связи"));
        String stored = new String(serializer.serialize(current, byte[].class).getData(), StandardCharsets.UTF_8);

        IntermediateEventRepresentation read = upcastOne(stored, "2");

        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(deserialize(read)).isEqualTo(current);
    }

    @Test
    void otherEventsWithADateAreNotItsBusiness() {
        String stored = """
                {"pairId":"%s","date":"2021-09-14"}""".formatted(PAIR.value());
        GenericDomainEventEntry<byte[]> entry = entry("ru.mentoring.api.pair.AgreementSigned", "1", stored);

        List<IntermediateEventRepresentation> read = upcaster.upcast(
                Stream.of(new InitialEventRepresentation(entry, serializer))).toList();

        assertThat(read).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("1");
            assertThat(new String(event.getData(byte[].class).getData(), StandardCharsets.UTF_8)).isEqualTo(stored);
        });
    }

    private IntermediateEventRepresentation upcastOne(String payload, String revision) {
        GenericDomainEventEntry<byte[]> entry = entry(MeetingRecorded.class.getName(), revision, payload);
        List<IntermediateEventRepresentation> read = upcaster.upcast(
                Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    private MeetingRecorded deserialize(IntermediateEventRepresentation event) {
        SerializedType type = event.getType();
        return serializer.deserialize(new SimpleSerializedObject<>(event.getData(byte[].class).getData(),
                byte[].class, type));
    }

    private static GenericDomainEventEntry<byte[]> entry(String type, String revision, String payload) {
        return new GenericDomainEventEntry<>("Pair", PAIR.value().toString(), 3, UUID.randomUUID().toString(),
                Instant.parse("2021-09-14T10:00:00Z"), type, revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }
}
