package ru.mentoring.app;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.pair.*;
import ru.mentoring.api.roadmap.*;
import ru.mentoring.command.common.DomainRuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Pairs and road maps are snapshotted (every two events in the tests' configuration) into
 * {@code snapshotevententry}, in their current shape's revision, and the commands that come after, loaded from
 * those snapshots, still decide as the whole history does: the order of meetings and their numbers, the plan's
 * done activities, an item already started, a road map approved and then amended.
 */
class AggregateSnapshotsIT extends ApplicationIT {

    private static final LocalDate MET_ON = LocalDate.of(2020, 11, 2);

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aPairIsLoadedFromItsSnapshotsAndDecidesAsItsHistoryDoes() {
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
        PairId pair = scenario.pairs.get(0);
        MetaData curator = scenario.school.asCurator("curator@snapshots");
        await().atMost(Duration.ofSeconds(30)).until(() -> events(pair.toString()) > 0);
        commands.sendAndWait(new ApproveIndividualPlan(pair, List.of(
                new PlanActivity(1, "Знакомство", MET_ON, null), new PlanActivity(2, "Проект", MET_ON, null)),
                MET_ON), curator);
        for (MeetingType type : List.of(MeetingType.ORGANIZATIONAL, MeetingType.TRIAL, MeetingType.PLANNING,
                MeetingType.REGULAR, MeetingType.REGULAR)) {
            commands.sendAndWait(meeting(pair, type), curator);
        }
        commands.sendAndWait(new CompletePlanActivity(pair, 1, MET_ON, "Протокол"), curator);

        assertThat(latestSnapshot(pair.toString(), "ru.mentoring.command.pair.Pair")).isGreaterThanOrEqualTo(5);
        assertThatThrownBy(() -> commands.sendAndWait(meeting(pair, MeetingType.TRIAL), curator))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("не по порядку");
        assertThatThrownBy(() -> commands.sendAndWait(new CompletePlanActivity(pair, 1, MET_ON, "Ещё"), curator))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("уже выполнено");
        commands.sendAndWait(meeting(pair, MeetingType.REGULAR), curator);
        assertThat(lastPayload(pair.toString())).contains("\"number\":6", "\"type\":\"REGULAR\"");
    }

    @Test
    void aRoadMapIsLoadedFromItsSnapshotsAndDecidesAsItsHistoryDoes() {
        TestSchool school = TestSchool.register(commands, "Школа снимков дорожной карты");
        MetaData curator = school.asCurator("curator@road-map-snapshots");
        RoadMapId roadMap = RoadMapId.random();
        RoadMapItemId first = RoadMapItemId.random();
        commands.sendAndWait(new CreateRoadMap(roadMap, RoadMapLevel.ORGANIZATION, school.id().value(),
                PlanPeriod.parse("2030-2031"), "Дорожная карта"), curator);
        commands.sendAndWait(new AddRoadMapSection(roadMap, "Подготовка"), curator);
        commands.sendAndWait(new PlanRoadMapItem(roadMap, first, 1, item("1")), curator);
        commands.sendAndWait(new PlanRoadMapItem(roadMap, RoadMapItemId.random(), 1, item("2")), curator);
        commands.sendAndWait(new StartRoadMapItem(roadMap, first, LocalDate.of(2030, 9, 2)), curator);
        commands.sendAndWait(new ApproveRoadMap(roadMap, "3-о", LocalDate.of(2030, 9, 3)), curator);

        assertThat(latestSnapshot(roadMap.toString(), "ru.mentoring.command.roadmap.RoadMap"))
                .isGreaterThanOrEqualTo(3);
        assertThatThrownBy(() -> commands.sendAndWait(new StartRoadMapItem(roadMap, first, LocalDate.of(2030, 9, 4)),
                curator)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> commands.sendAndWait(new AddRoadMapSection(roadMap, "Итоги"), curator))
                .isInstanceOf(DomainRuleViolation.class);
        commands.sendAndWait(new AmendRoadMap(roadMap, "Новый раздел"), curator);
        commands.sendAndWait(new AddRoadMapSection(roadMap, "Итоги"), curator);
        assertThat(lastPayload(roadMap.toString())).contains("\"sectionNumber\":2");
        assertThatThrownBy(() -> commands.sendAndWait(new PlanRoadMapItem(roadMap, RoadMapItemId.random(), 1,
                item("2")), curator)).isInstanceOf(DomainRuleViolation.class);
    }

    private static RecordMeeting meeting(PairId pair, MeetingType type) {
        return new RecordMeeting(pair, type, MET_ON, MeetingFormat.IN_PERSON, "Встреча", null, Instant.now());
    }

    private static ItemContent item(String number) {
        return new ItemContent(number, "Мероприятие " + number, null, null,
                ItemSchedule.between(LocalDate.of(2030, 10, 1), LocalDate.of(2030, 12, 31), "IV квартал 2030"),
                List.of("Куратор"));
    }

    /**
     * The sequence number of the aggregate's snapshot (Axon keeps the latest) in its current shape (revision 1),
     * as written by the time the command returned; -1 if there is none.
     */
    private long latestSnapshot(String aggregate, String type) {
        return jdbc.sql("""
                        SELECT coalesce(max(sequencenumber), -1) FROM snapshotevententry
                         WHERE aggregateidentifier = ? AND payloadtype = ? AND payloadrevision = '1'""")
                .params(aggregate, type).query(Long.class).single();
    }

    private long events(String aggregate) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(aggregate)
                .query(Long.class).single();
    }

    private String lastPayload(String aggregate) {
        return jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domainevententry
                         WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1""").param(aggregate)
                .query(String.class).single();
    }
}
