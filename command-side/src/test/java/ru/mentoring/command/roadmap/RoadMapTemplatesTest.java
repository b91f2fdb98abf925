package ru.mentoring.command.roadmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.roadmap.CreateRoadMapFromTemplate;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.Recurrence;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates hold the source documents' own items: counts and words checked against the seeds.
 */
class RoadMapTemplatesTest {

    private static final RoadMapTemplates TEMPLATES =
            new ClasspathRoadMapTemplates(new ObjectMapper().registerModule(new JavaTimeModule()));

    private static RoadMapTemplate template(String code) {
        return TEMPLATES.find(code).orElseThrow();
    }

    private static ItemContent item(RoadMapTemplate template, int section, String number) {
        return template.sections().get(section).items().stream()
                .filter(item -> item.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void offersTheFourTemplatesTypedInFromTheSeeds() {
        assertThat(TEMPLATES.all()).extracting(RoadMapTemplate::code).containsExactly(
                "gymnasium2-2021-2022", "kogalym-2020-municipality", "kogalym-2020-organization", "omsk-annual-cycle");
    }

    @Test
    void kogalymOrganizationSectionHasItsThirtyFiveSteps() {
        RoadMapTemplate kogalym = template("kogalym-2020-organization");
        assertThat(kogalym.level()).isEqualTo(RoadMapLevel.ORGANIZATION);
        assertThat(kogalym.period()).isEqualTo(PlanPeriod.parse("2020-2021"));
        assertThat(kogalym.itemCount()).isEqualTo(35);
        assertThat(kogalym.sections().get(0).title()).isEqualTo("Уровень образовательной организации");
        assertThat(item(kogalym, 0, "20").activity())
                .isEqualTo("Проведение первой, организационной, встречи наставника и наставляемого");
        // item 27 runs over two lines of the document
        assertThat(item(kogalym, 0, "27").activity()).isEqualTo("Анкетирование участников. Проведение мониторинга "
                + "личной удовлетворенности участием в программе наставничества");
        assertThat(item(kogalym, 0, "35").schedule().asWritten()).isEqualTo("В течение 2020, 2021 годов (сроки, "
                + "устанавливаются распорядительными актами образовательной организации)");
        assertThat(item(kogalym, 0, "1").responsible()).singleElement().asString()
                .startsWith("Руководители образовательных организаций (Шарафутдинова И.Р.")
                .endsWith("Михалик Н.А.)");
    }

    @Test
    void kogalymMunicipalSectionHasItsThirteenItemsWithTheirTerms() {
        RoadMapTemplate kogalym = template("kogalym-2020-municipality");
        assertThat(kogalym.level()).isEqualTo(RoadMapLevel.MUNICIPALITY);
        assertThat(kogalym.itemCount()).isEqualTo(13);
        ItemContent agreeing = item(kogalym, 0, "5");
        assertThat(agreeing.activity()).isEqualTo("Согласование дорожных карт внедрения целевой модели наставничества, "
                + "разработанных образовательными организациями города Когалыма");
        assertThat(agreeing.schedule().asWritten()).isEqualTo("Август – сентябрь 2020 года");
        assertThat(agreeing.schedule().start()).isEqualTo(LocalDate.of(2020, 8, 1));
        assertThat(agreeing.schedule().end()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(agreeing.responsible()).containsExactly(
                "Отдел по организационно-педагогической деятельности (Абдреева Н.П.)",
                "Отдел по общему и дополнительному образованию (Власенко М.Г.)");
        assertThat(item(kogalym, 0, "13").schedule().recurrence()).isEqualTo(Recurrence.CONTINUOUSLY);
    }

    @Test
    void gymnasiumPlanHasItsFiveBlocksWithIndicatorsAndResponsible() {
        RoadMapTemplate gymnasium = template("gymnasium2-2021-2022");
        assertThat(gymnasium.sections()).extracting(RoadMapTemplate.Section::title).containsExactly(
                "Подготовка условий для запуска программы наставничества",
                "Программно-методическое сопровождение деятельности",
                "Аналитическое сопровождение деятельности, мониторинг",
                "Информационное сопровождение деятельности",
                "Управление реализацией Целевой модели наставничеств на уровне образовательной организации");
        assertThat(gymnasium.itemCount()).isEqualTo(32);
        ItemContent plans = item(gymnasium, 0, "10");
        assertThat(plans.indicators()).startsWith("Индивидуальные планы реализованы не менее, чем на 90%");
        assertThat(plans.schedule().recurrence()).isEqualTo(Recurrence.THROUGHOUT_PERIOD);
        assertThat(item(gymnasium, 3, "1").expectedResult()).isEqualTo("Не менее 5 публикаций на ресурсах [ссылки]");
        assertThat(item(gymnasium, 4, "1").expectedResult()).isEqualTo("Выполнено 100% позиций Дорожной карты");
        assertThat(item(gymnasium, 0, "5").responsible()).containsExactly("Олехнович Е.М.", "Пухова С.В.");
    }

    @Test
    void noDatedItemOfTheGymnasiumPlanIsDueBeforeItsAcademicYearBegins() {
        // the document writes item 7.1 «Апрель 2021», before its own year began: read as April 2022
        List<ItemContent> dated = template("gymnasium2-2021-2022").sections().stream()
                .flatMap(section -> section.items().stream())
                .filter(item -> item.schedule().end() != null).toList();
        assertThat(dated).hasSizeGreaterThan(15).allSatisfy(item -> assertThat(item.schedule().end())
                .as(item.number()).isAfterOrEqualTo(LocalDate.of(2021, 9, 1)));
        assertThat(item(template("gymnasium2-2021-2022"), 0, "7.1").schedule().asWritten()).isEqualTo("Апрель 2022");
    }

    @Test
    void omskCycleHasItsEightAnnualStages() {
        RoadMapTemplate omsk = template("omsk-annual-cycle");
        assertThat(omsk.itemCount()).isEqualTo(8);
        List<ItemContent> stages = omsk.sections().get(0).items();
        assertThat(stages).allSatisfy(stage -> assertThat(stage.schedule().recurrence()).isEqualTo(Recurrence.ANNUALLY));
        assertThat(stages.get(5).activity()).startsWith("6-й этап – итоговый мониторинг эффективности реализации ЦМН");
        assertThat(stages.get(7).schedule().asWritten()).isEqualTo("январь-февраль следующего года");
        assertThat(stages.get(3).expectedResult()).contains("Согласие на обработку персональных данных");
    }

    @Test
    void theOmskStagesRecurEveryYearOfThePlan() {
        RoadMapTemplate omsk = template("omsk-annual-cycle");
        ItemContent planning = omsk.sections().get(0).items().get(0);
        assertThat(DueDates.of(planning.schedule().shiftedByYears(1), PlanPeriod.parse("2021-2023")))
                .containsExactly(LocalDate.of(2021, 5, 31), LocalDate.of(2022, 5, 31), LocalDate.of(2023, 5, 31));
    }

    @Test
    void aTemplateWhoseDatesDoNotFitAShorterPeriodIsRefused() {
        AggregateTestFixture<RoadMap> fixture = new AggregateTestFixture<>(RoadMap.class);
        fixture.registerInjectableResource(TEMPLATES);
        // the Kogalym municipal plan runs over two years; item 8 is due in December of the second
        fixture.givenNoPriorActivity()
                .when(new CreateRoadMapFromTemplate(RoadMapId.random(), "kogalym-2020-municipality", UUID.randomUUID(),
                        PlanPeriod.parse("2026-2026"), null))
                .expectNoEvents()
                .expectException(Matchers.hasProperty("code", Matchers.equalTo("road-map.date-outside-period")));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Matcher<List<EventMessage<?>>> eventCount(int count) {
        return (Matcher) Matchers.hasSize(count);
    }

    @Test
    void everyTemplateMakesARoadMapForItsOwnPeriodAndALaterOne() {
        for (RoadMapTemplate template : TEMPLATES.all()) {
            for (int yearsLater : new int[]{0, 6}) {
                PlanPeriod period = new PlanPeriod(template.period().firstYear() + yearsLater,
                        template.period().lastYear() + yearsLater);
                AggregateTestFixture<RoadMap> fixture = new AggregateTestFixture<>(RoadMap.class);
                fixture.registerInjectableResource(TEMPLATES);
                fixture.givenNoPriorActivity()
                        .when(new CreateRoadMapFromTemplate(RoadMapId.random(), template.code(), UUID.randomUUID(),
                                period, null))
                        .expectSuccessfulHandlerExecution()
                        .expectEventsMatching(eventCount(1 + template.sections().size() + template.itemCount()));
            }
        }
    }
}
