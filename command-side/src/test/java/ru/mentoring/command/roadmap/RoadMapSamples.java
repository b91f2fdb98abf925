package ru.mentoring.command.roadmap;

import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.ItemSchedule;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.Recurrence;
import ru.mentoring.api.roadmap.RoadMapCreated;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.api.roadmap.RoadMapSectionAdded;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Road maps and items for the tests, in the words of seed 001 (МБОУ Гимназия № 2, 2021-2022).
 */
final class RoadMapSamples {

    static final RoadMapId ROAD_MAP = new RoadMapId(UUID.fromString("5d0c1b2a-7e3f-4a6b-9c8d-000000000001"));
    static final UUID GYMNASIUM_2 = UUID.fromString("0b8e9d2c-5a4f-4c1e-8f7a-000000000002");
    static final PlanPeriod YEAR_2021 = PlanPeriod.parse("2021-2022");
    static final String TITLE = "План мероприятий (дорожная карта) МБОУ Гимназии № 2 на 2021-2022 учебный год";
    static final String SECTION = "Подготовка условий для запуска программы наставничества";
    static final RoadMapItemId PAIRS = new RoadMapItemId(UUID.fromString("5d0c1b2a-7e3f-4a6b-9c8d-0000000000a5"));
    static final RoadMapItemId PUBLICATIONS = new RoadMapItemId(UUID.fromString("5d0c1b2a-7e3f-4a6b-9c8d-0000000000b1"));
    static final LocalDate DECEMBER_31 = LocalDate.of(2021, 12, 31);
    static final Map<String, String> CURATOR = new Actor("olehnovich@gymnasium2", ActorRole.ORGANIZATION_CURATOR, null, null,
            GYMNASIUM_2.toString()).asMetaData();

    private RoadMapSamples() {
    }

    /** Item 5 of seed 001: pairs formed, due in December 2021. */
    static ItemContent pairsFormed() {
        return new ItemContent("5", "Формирование наставнических пар / групп",
                "Издан приказ «Об утверждении наставнических пар/групп»", "Сформированы наставнические пары или группы",
                ItemSchedule.between(LocalDate.of(2021, 12, 1), DECEMBER_31, "Декабрь 2021"),
                List.of("Олехнович Е.М.", "Пухова С.В."));
    }

    /** A monthly publication on the gymnasium's site from September to December 2021. */
    static ItemContent monthlyPublications() {
        return new ItemContent("6", "Размещение информации о реализации Целевой модели наставничества на информационных "
                + "ресурсах гимназии", null, "Не менее 5 публикаций на ресурсах",
                new ItemSchedule(LocalDate.of(2021, 9, 1), DECEMBER_31, Recurrence.MONTHLY, "ежемесячно"),
                List.of("Кузина М.С."));
    }

    static RoadMapCreated created(RoadMapLevel level) {
        return new RoadMapCreated(ROAD_MAP, level, GYMNASIUM_2, YEAR_2021, TITLE, null);
    }

    static RoadMapSectionAdded section() {
        return new RoadMapSectionAdded(ROAD_MAP, 1, SECTION);
    }

    static RoadMapItemPlanned pairsPlanned() {
        return asWritten(new RoadMapItemPlanned(ROAD_MAP, PAIRS, 1, pairsFormed(), List.of(DECEMBER_31)));
    }

    static RoadMapItemPlanned publicationsPlanned() {
        return asWritten(new RoadMapItemPlanned(ROAD_MAP, PUBLICATIONS, 1, monthlyPublications(), List.of(
                LocalDate.of(2021, 9, 30), LocalDate.of(2021, 10, 31), LocalDate.of(2021, 11, 30), DECEMBER_31)));
    }

    /** A planning as the aggregate writes it: the names out of the content, each a text (texts compare by words). */
    static RoadMapItemPlanned asWritten(RoadMapItemPlanned planned) {
        return new RoadMapItemPlanned(planned.roadMapId(), planned.itemId(), planned.sectionNumber(),
                planned.content().withResponsible(List.of()), planned.dueDates(),
                planned.content().responsible().stream().map(PersonalText::plain).toList());
    }

    /** The draft of an organization's plan with one section and item 5 in it. */
    static Object[] draftWithPairsItem() {
        return new Object[]{created(RoadMapLevel.ORGANIZATION), section(), pairsPlanned()};
    }
}
