package ru.mentoring.api.program;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;

import ru.mentoring.api.pair.PairId;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are stored as JSON: each must come back equal from what Jackson wrote, ids as plain objects with a
 * UUID and the academic year in its written form.
 */
class ProgramMessagesSerializationTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private <T> T roundTrip(T message) throws Exception {
        return json.readValue(json.writeValueAsString(message), (Class<T>) message.getClass());
    }

    @Test
    void programCreatedRoundTrips() throws Exception {
        ProgramCreated event = new ProgramCreated(ProgramId.random(), new OrganizationId(UUID.randomUUID()),
                AcademicPeriod.parse("2021-2022"), "Программа наставничества МБОУ «Гимназия № 2»");

        assertThat(roundTrip(event)).isEqualTo(event);
        assertThat(json.writeValueAsString(event)).contains("\"period\":\"2021-2022\"")
                .contains("\"programId\":\"" + event.programId().value() + "\"");
    }

    @Test
    void pairsFixedByOrderRoundTripsWithItsPairs() throws Exception {
        PersonId mentor = new PersonId(UUID.randomUUID());
        PersonId mentee = new PersonId(UUID.randomUUID());
        PairsFixedByOrder event = new PairsFixedByOrder(ProgramId.random(), "150-о", LocalDate.of(2020, 10, 1),
                List.of(new FixedPair(PairId.random(), MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL,
                        MentoringKind.SHORT_TERM, Set.of(mentor), Set.of(mentee))), List.of(LocalDate.of(2021, 4, 15)));

        assertThat(roundTrip(event)).isEqualTo(event);
        assertThat(json.writeValueAsString(event)).contains("\"mentors\":[\"" + mentor.value() + "\"]");
    }

    @Test
    void menteeEnrolledRoundTripsWithoutPersonalData() throws Exception {
        // without the event serializer's sealing module a personal text travels as a plain string
        MenteeEnrolled event = new MenteeEnrolled(ProgramId.random(), new PersonId(UUID.randomUUID()),
                MenteeCategory.STUDENT, 13, null, "7А", PersonalText.plain("Адаптация"), RequestSource.CLASS_TEACHER,
                LocalDate.of(2020, 9, 7));

        assertThat(roundTrip(event)).isEqualTo(event);
    }

    @Test
    void curatorAppointedRoundTrips() throws Exception {
        CuratorAppointed event = new CuratorAppointed(ProgramId.random(), new PersonId(UUID.randomUUID()), "112-о",
                LocalDate.of(2021, 8, 30));

        assertThat(roundTrip(event)).isEqualTo(event);
        assertThat(json.writeValueAsString(event)).contains("\"orderDate\":\"2021-08-30\"");
    }
}
