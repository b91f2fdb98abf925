package ru.mentoring.app.security.access;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.access.Place;
import ru.mentoring.api.access.Places;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ListScopeTest {

    private static final String YUGRA = "Ханты-Мансийский автономный округ – Югра";
    private static final UUID GYMNASIUM = UUID.randomUUID();
    private static final UUID POKACHI_SCHOOL = UUID.randomUUID();
    private final Map<UUID, List<Place>> known = Map.of(
            GYMNASIUM, List.of(new Place(YUGRA, "город Когалым", GYMNASIUM)),
            POKACHI_SCHOOL, List.of(new Place(YUGRA, "город Покачи", POKACHI_SCHOOL)));
    private final Places places = subject -> known.getOrDefault(subject, List.of());
    private final ListScope lists = new ListScope(places);

    private final Actor curator = new Actor("k", ActorRole.ORGANIZATION_CURATOR, null, null, GYMNASIUM.toString());
    private final Actor coordinator = new Actor("c", ActorRole.MUNICIPAL_COORDINATOR, YUGRA, "город Когалым", null);
    private final Actor admin = new Actor("a", ActorRole.REGIONAL_ADMINISTRATOR, YUGRA, null, null);

    @Test
    void aCuratorsListIsTheirOrganizations() {
        Map<String, String[]> narrowed = lists.narrow(curator, "/api/bases/mentees", Map.of()).orElseThrow();

        assertThat(narrowed.get("organizationId")).containsExactly(GYMNASIUM.toString());
        assertThat(lists.narrow(curator, "/api/road-maps", Map.of()).orElseThrow().get("ownerId"))
                .containsExactly(GYMNASIUM.toString());
    }

    @Test
    void aCuratorSeesTheirOwnSchoolInTheDirectoryAndTheirMunicipalitysFiguresButNoOtherSchoolsWork() {
        Map<String, String[]> directory = lists.narrow(curator, "/api/organizations", Map.of()).orElseThrow();
        Map<String, String[]> figures = lists.narrow(curator, "/ui/territories", Map.of()).orElseThrow();

        assertThat(directory.get("organizationId")).containsExactly(GYMNASIUM.toString());
        assertThat(figures.get("municipality")).containsExactly("город Когалым");
        assertThat(lists.narrow(curator, "/api/road-maps/escalations", Map.of())).isEmpty();
        assertThat(lists.narrow(curator, "/api/bases/mentees", query("organizationId", POKACHI_SCHOOL.toString())))
                .isEmpty();
    }

    @Test
    void aCoordinatorsListIsTheirMunicipalitysAndANamedForeignOneIsHidden() {
        Map<String, String[]> narrowed = lists.narrow(coordinator, "/api/programs", Map.of()).orElseThrow();

        assertThat(narrowed.get("region")).containsExactly(YUGRA);
        assertThat(narrowed.get("municipality")).containsExactly("город Когалым");
        assertThat(lists.narrow(coordinator, "/api/programs", query("municipality", "город Покачи"))).isEmpty();
        assertThat(lists.narrow(coordinator, "/api/v1/reports/kpi", query("region", "Омская область"))).isEmpty();
    }

    @Test
    void anAdministratorNamesAnySchoolOfTheRegion() {
        assertThat(lists.narrow(admin, "/api/v1/reports/kpi", query("organizationId", POKACHI_SCHOOL.toString())))
                .hasValueSatisfying(narrowed -> assertThat(narrowed.get("organizationId"))
                        .containsExactly(POKACHI_SCHOOL.toString()));
        assertThat(lists.narrow(admin, "/api/v1/reports/kpi", Map.of()).orElseThrow().get("region"))
                .containsExactly(YUGRA);
    }

    @Test
    void aHiddenListSaysWhichNameWasNotFoundAndOffersOnlyTheCallersOwnTerritory() {
        ScopeMiss region = lists.miss(admin, query("region", " Ханты-Мансийский округ ")).orElseThrow();
        assertThat(region.code()).isEqualTo("region.not-found");
        assertThat(region.name()).isEqualTo("Ханты-Мансийский округ");
        assertThat(region.detail()).contains("Регион «Ханты-Мансийский округ» не найден");
        assertThat(region.closest()).containsExactly(YUGRA);

        ScopeMiss municipality = lists.miss(coordinator, query("municipality", "город Покачи")).orElseThrow();
        assertThat(municipality.code()).isEqualTo("municipality.not-found");
        assertThat(municipality.closest()).containsExactly("город Когалым");

        ScopeMiss organization = lists.miss(curator, query("organizationId", POKACHI_SCHOOL.toString()))
                .orElseThrow();
        assertThat(organization.code()).isEqualTo("organization.not-found");
        assertThat(organization.closest()).isEmpty();
        assertThat(lists.miss(admin, query("region", YUGRA))).isEmpty();
    }

    @Test
    void aListWithoutAnyRuleForItsFiltersIsNotShown() {
        assertThat(lists.narrow(admin, "/api/something-new", Map.of())).isEmpty();
    }

    private static Map<String, String[]> query(String name, String value) {
        Map<String, String[]> parameters = new HashMap<>();
        parameters.put(name, new String[]{value});
        return parameters;
    }
}
