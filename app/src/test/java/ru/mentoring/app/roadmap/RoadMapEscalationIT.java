package ru.mentoring.app.roadmap;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An organization's item late for two weeks goes on its municipality's escalation list, a municipality's on
 * its region's; an item of another municipality, or late for less, does not. The municipality's roll-up is
 * read by its name. The municipality's coordinator keeps and reads its own plans; the region's administrator
 * registers the schools, keeps the other municipality's plan and reads the region's list.
 */
class RoadMapEscalationIT extends ApplicationIT {

    private static final String REGION = "Ставропольский край (тест эскалации)";
    private static final String CITY = "Грачевский муниципальный округ";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;
    private ApiClient api;
    private HttpHeaders administrator;
    private HttpHeaders coordinator;

    @Test
    void lateItemsGoOneLevelUp() {
        api = new ApiClient(http, port, keys);
        administrator = api.as(new Actor("admin@stavropol", ActorRole.REGIONAL_ADMINISTRATOR, REGION, null, null));
        coordinator = api.as(new Actor("coordinator@gr", ActorRole.MUNICIPAL_COORDINATOR, REGION, CITY, null));
        UUID school = organization("МКОУ СОШ № 1 с. Грачевка", CITY);
        UUID elsewhere = organization("МБОУ СОШ № 2 г. Михайловска", "Шпаковский муниципальный округ");
        UUID municipality = new TerritoryId(TerritoryLevel.MUNICIPALITY, REGION, CITY).uuid();
        String schoolPlan = roadMap("ORGANIZATION", school, "Анализ анкет и формирование базы наставников",
                coordinator);
        String elsewherePlan = roadMap("ORGANIZATION", elsewhere, "Обучение наставников", administrator);
        String cityPlan = roadMap("MUNICIPALITY", municipality, "Мониторинг удовлетворенности участников",
                coordinator);
        for (String plan : new String[]{schoolPlan, elsewherePlan, cityPlan}) {
            await().atMost(Duration.ofSeconds(40)).until(() -> api.get("/api/road-maps/" + plan + "/items",
                    administrator).body().path(0).path("overdue").asBoolean());
        }

        JsonNode city = api.get("/api/road-maps/escalations?region=" + REGION + "&municipality=" + CITY
                + "&asOf=2021-06-20", coordinator).body();
        assertThat(city).hasSize(1);
        assertThat(city.get(0).path("roadMapId").asText()).isEqualTo(schoolPlan);
        assertThat(city.get(0).path("daysOverdue").asLong()).isEqualTo(20);
        assertThat(api.get("/api/road-maps/escalations?region=" + REGION + "&municipality=" + CITY
                + "&asOf=2021-06-05", coordinator).body()).isEmpty();

        JsonNode region = api.get("/api/road-maps/escalations?region=" + REGION + "&asOf=2021-06-20", administrator)
                .body();
        assertThat(region).hasSize(1);
        assertThat(region.get(0).path("roadMapId").asText()).isEqualTo(cityPlan);

        JsonNode rollUp = api.get("/api/road-maps/roll-up?region=" + REGION + "&municipality=" + CITY
                + "&period=2020-2021&asOf=2021-06-20", coordinator).body();
        assertThat(rollUp.toString()).contains(school.toString()).doesNotContain(elsewhere.toString());
    }

    private UUID organization(String name, String municipality) {
        Answer registered = api.post("/api/organizations", """
                {"name": "%s", "municipality": "%s", "region": "%s"}""".formatted(name, municipality, REGION),
                administrator);
        assertThat(registered.status()).isEqualTo(201);
        UUID id = UUID.fromString(registered.body().path("organizationId").asText());
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/organizations?region=" + REGION,
                administrator).body().toString().contains(id.toString()));
        return id;
    }

    private String roadMap(String level, UUID owner, String activity, HttpHeaders actor) {
        Answer created = api.post("/api/road-maps", """
                {"level": "%s", "ownerId": "%s", "period": "2020-2021",
                 "title": "План мероприятий по внедрению целевой модели наставничества"}""".formatted(level, owner),
                actor);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String roadMap = created.body().path("id").asText();
        assertThat(api.post("/api/road-maps/" + roadMap + "/sections", """
                {"title": "Мероприятия"}""", actor).status()).isEqualTo(204);
        assertThat(api.post("/api/road-maps/" + roadMap + "/items", """
                {"sectionNumber": 1, "content": {"number": "1", "activity": "%s",
                  "schedule": {"start": "2021-05-01", "end": "2021-05-31", "asWritten": "Май 2021 года"},
                  "responsible": ["Рабочая группа"]}}""".formatted(activity), actor).status()).isEqualTo(201);
        return roadMap;
    }
}
