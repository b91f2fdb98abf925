package ru.mentoring.api.roadmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Road-map events are stored as JSON and must come back equal; the road map's id is written as plain text
 * (deadlines keep it untyped), the period in its written form.
 */
class RoadMapMessagesSerializationTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final RoadMapId roadMap = RoadMapId.random();
    private final RoadMapItemId item = RoadMapItemId.random();

    @SuppressWarnings("unchecked")
    private <T> T roundTrip(T message) throws Exception {
        return json.readValue(json.writeValueAsString(message), (Class<T>) message.getClass());
    }

    @Test
    void roadMapCreatedRoundTripsWithItsIdAsText() throws Exception {
        RoadMapCreated event = new RoadMapCreated(roadMap, RoadMapLevel.ORGANIZATION, UUID.randomUUID(),
                PlanPeriod.parse("2020-2024"), "Дорожная карта", "kogalym-2020-organization");

        assertThat(roundTrip(event)).isEqualTo(event);
        assertThat(json.writeValueAsString(event)).contains("\"roadMapId\":\"" + roadMap + "\"")
                .contains("\"period\":\"2020-2024\"");
        assertThat(json.readValue(json.writeValueAsString(roadMap), Object.class)).isEqualTo(roadMap.toString());
    }

    @Test
    void itemPlannedRoundTripsWithItsScheduleAndResponsible() throws Exception {
        ItemContent content = new ItemContent("5", "Формирование наставнических пар / групп",
                "Издан приказ «Об утверждении наставнических пар/групп»", "Сформированы наставнические пары или группы",
                new ItemSchedule(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31), Recurrence.MONTHLY, "Декабрь 2021"),
                List.of("Олехнович Е.М.", "Пухова С.В."));
        RoadMapItemPlanned event = new RoadMapItemPlanned(roadMap, item, 1, content, List.of(LocalDate.of(2021, 12, 31)));

        assertThat(roundTrip(event)).isEqualTo(event);
    }

    @Test
    void completionAndMilestoneEventsRoundTrip() throws Exception {
        assertThat(roundTrip(new RoadMapItemCompleted(roadMap, item, LocalDate.of(2021, 12, 20),
                new ItemEvidence("Приказ № 245-о", "100 %", null)))).isNotNull()
                .extracting(RoadMapItemCompleted::evidence).isEqualTo(new ItemEvidence("Приказ № 245-о", "100 %", null));
        RoadMapItemBoundToMilestone bound = new RoadMapItemBoundToMilestone(roadMap, item, ProgramId.random(),
                ProgramMilestone.PAIRS_FIXED);
        assertThat(roundTrip(bound)).isEqualTo(bound);
        RoadMapApproved approved = new RoadMapApproved(roadMap, 2, "15-о", LocalDate.of(2022, 1, 20));
        assertThat(roundTrip(approved)).isEqualTo(approved);
    }

    @Test
    void aPeriodRunsForwardAndForAtMostTenYears() {
        assertThat(PlanPeriod.parse("2020-2021").endsOn()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThatThrownBy(() -> PlanPeriod.parse("2022-2021")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanPeriod.parse("2020-2040")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanPeriod.parse("2020/21")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recurrencesAreNamedInTheDocumentsWords() {
        assertThat(Recurrence.named("Постоянно, в течение 2020, 2021 годов")).contains(Recurrence.CONTINUOUSLY);
        assertThat(Recurrence.named("Весь период")).contains(Recurrence.THROUGHOUT_PERIOD);
        assertThat(Recurrence.named("по мере необходимости")).contains(Recurrence.AS_NEEDED);
        assertThat(Recurrence.named("Декабрь 2021")).isEmpty();
    }
}
