package ru.mentoring.app.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.api.organization.SetOrganizationHeadcounts;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.RecordMeeting;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RequestSource;
import ru.mentoring.api.reporting.FindMonitoringForms;
import ru.mentoring.api.reporting.MonitoringForm;
import ru.mentoring.api.reporting.MonitoringFormPage;
import ru.mentoring.api.reporting.SetTerritoryFigures;
import ru.mentoring.api.reporting.SubmitMonitoringForm;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.api.roadmap.CreateRoadMapFromTemplate;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault scenario 3: a poison event in every projection group. PostgreSQL is made to refuse every projection
 * row that mentions one school's things (a trigger on the query side's tables, the way a constraint added by a
 * botched migration or a full tablespace would refuse them), and both that school and a healthy one then go
 * through the same steps, each touching every projection group. The poisoned school's events are parked in
 * each group's dead-letter queue while the healthy school's appear as usual; once the cause is removed, a
 * retry of each group's letters applies them all, and nothing stays parked.
 */
class PoisonEventFaultIT extends ApplicationIT {

    /** Each projection group, and the row its share of a school's step writes. */
    private static final Map<String, String> ROW_OF_THE_STEP = new LinkedHashMap<>();

    static {
        ROW_OF_THE_STEP.put("organization-directory",
                "SELECT count(*) FROM organization_directory WHERE organization_id = :organization");
        ROW_OF_THE_STEP.put("reporting-reference",
                "SELECT count(*) FROM organization_headcount WHERE organization_id = :school AND year = 2030");
        ROW_OF_THE_STEP.put("program-registry", "SELECT count(*) FROM program_registry WHERE program_id = :program");
        ROW_OF_THE_STEP.put("program-overview", "SELECT count(*) FROM program_overview WHERE program_id = :program");
        ROW_OF_THE_STEP.put("participant-bases",
                "SELECT count(*) FROM participant_base WHERE program_id = :program AND person_id = :person");
        ROW_OF_THE_STEP.put("pair-progress",
                "SELECT count(*) FROM pair_progress p WHERE pair_id = :pair AND p::text LIKE '%2020-10-05%'");
        ROW_OF_THE_STEP.put("road-map-progress",
                "SELECT count(*) FROM road_map_progress WHERE road_map_id = :roadMap");
        ROW_OF_THE_STEP.put("monitoring-form-submissions",
                "SELECT count(*) FROM monitoring_form_submission WHERE organization_id = :school");
    }

    private static final List<String> QUERY_TABLES = List.of("organization_directory", "territory_figures",
            "kpi_target", "organization_headcount", "program_registry", "program_overview", "base_program",
            "participant_base", "base_pair", "participant_preference", "pair_progress", "road_map_progress",
            "road_map_progress_section", "road_map_progress_item", "road_map_progress_occurrence",
            "monitoring_form_submission");

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;

    @AfterEach
    void removeThePoison() {
        for (String table : QUERY_TABLES) {
            jdbc.sql("DROP TRIGGER IF EXISTS fault_poison ON " + table).update();
        }
        jdbc.sql("DROP TABLE IF EXISTS fault_poison_marker").update();
    }

    @Test
    void aPoisonedSchoolIsParkedInEveryProjectionGroupWhileAHealthyOneFlowsAndIsAppliedOnceTheCauseIsGone() {
        ApiClient api = new ApiClient(http, port, keys);
        HttpHeaders operator = api.as(new Actor("operator@poison", ActorRole.OPERATOR, null, null, null));
        School poisoned = School.ready(commands, queries);
        School healthy = School.ready(commands, queries);
        // each pair is opened by a policy a moment after its program fixed it
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM pair_progress WHERE pair_id IN (?, ?)")
                .params(poisoned.scenario().pairs.get(0).value(), healthy.scenario().pairs.get(0).value())
                .query(Long.class).single() == 2);
        poison(poisoned);

        int acknowledged = poisoned.step(commands);
        healthy.step(commands);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(missingRows(healthy)).as("groups without the healthy school's step").isEmpty();
            assertThat(groupsWithLettersOf(api, operator, poisoned)).as("groups listing the poisoned school")
                    .containsExactlyElementsOf(ROW_OF_THE_STEP.keySet());
        });
        assertThat(missingRows(poisoned)).as("nothing of the poisoned school's step is applied")
                .containsExactlyElementsOf(ROW_OF_THE_STEP.keySet());
        long parked = ROW_OF_THE_STEP.keySet().stream()
                .mapToLong(group -> letters(api, operator, group, poisoned)).sum();

        jdbc.sql("DELETE FROM fault_poison_marker").update();
        Instant fixed = Instant.now();
        for (String group : ROW_OF_THE_STEP.keySet()) {
            // the operator's retry of the whole group, as the dead-letters page offers it
            assertThat(api.post("/api/admin/dead-letters/" + group + "/retry", "", operator).status())
                    .isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(missingRows(poisoned)).as("groups without the poisoned school's step after the retry")
                    .isEmpty();
            assertThat(groupsWithLettersOf(api, operator, poisoned)).as("groups still holding the school's letters")
                    .isEmpty();
        });
        Duration recovery = Duration.between(fixed, Instant.now());

        long stillParked = ROW_OF_THE_STEP.keySet().stream()
                .mapToLong(group -> letters(api, operator, group, poisoned)).sum();
        FaultReport.record(new FaultReport.Row("poison in each of the " + ROW_OF_THE_STEP.size()
                + " projection groups (events parked, then applied by a retry after the fix)", acknowledged,
                parked - stillParked, 0, stillParked, recovery));
    }

    /** PostgreSQL refuses, in every query-side table, each row that mentions one of the school's things. */
    private void poison(School school) {
        jdbc.sql("CREATE TABLE IF NOT EXISTS fault_poison_marker (marker TEXT PRIMARY KEY)").update();
        for (String marker : school.markers()) {
            jdbc.sql("INSERT INTO fault_poison_marker VALUES (?) ON CONFLICT DO NOTHING").param(marker).update();
        }
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION fault_poison() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM fault_poison_marker m
                                WHERE (CASE WHEN TG_OP = 'DELETE' THEN OLD::text ELSE NEW::text END)
                                      LIKE '%' || m.marker || '%') THEN
                        RAISE EXCEPTION 'fault suite: % refuses a poisoned row', TG_TABLE_NAME;
                    END IF;
                    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                END $$""").update();
        for (String table : QUERY_TABLES) {
            jdbc.sql("CREATE TRIGGER fault_poison BEFORE INSERT OR UPDATE OR DELETE ON " + table
                    + " FOR EACH ROW EXECUTE FUNCTION fault_poison()").update();
        }
    }

    private List<String> missingRows(School school) {
        List<String> missing = new ArrayList<>();
        ROW_OF_THE_STEP.forEach((group, sql) -> {
            long rows = jdbc.sql(sql).params(school.parameters()).query(Long.class).single();
            if (rows == 0) {
                missing.add(group);
            }
        });
        return missing;
    }

    private List<String> groupsWithLettersOf(ApiClient api, HttpHeaders operator, School school) {
        return ROW_OF_THE_STEP.keySet().stream().filter(group -> letters(api, operator, group, school) > 0).toList();
    }

    /** The letters the operator's list shows for the group whose event belongs to one of the school's things. */
    private long letters(ApiClient api, HttpHeaders operator, String group, School school) {
        ApiClient.Answer listed = api.get("/api/admin/dead-letters/" + group, operator);
        assertThat(listed.status()).isEqualTo(200);
        long count = 0;
        for (JsonNode letter : listed.body().path("parked")) {
            if (school.aggregates().contains(letter.path("aggregateId").asText())) {
                count++;
            }
        }
        return count;
    }

    /** A school whose program has a fixed pair, and the things its step creates next. */
    private record School(ProgramScenario scenario, MonitoringForm form, OrganizationId organization,
                          ProgramId program, PersonId person, RoadMapId roadMap) {

        static School ready(CommandGateway commands, QueryGateway queries) {
            ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
            UUID school = scenario.school.id().value();
            // the pair is opened by a policy, the form computed from the projections: wait for both
            MonitoringForm form = await().atMost(Duration.ofSeconds(30)).until(() -> queries.query(
                            FindMonitoringForms.all(school, null, null, 2020),
                            ResponseTypes.instanceOf(MonitoringFormPage.class)).join().items().stream().findFirst()
                    .orElse(null), found -> found != null);
            return new School(scenario, form, new OrganizationId(UUID.randomUUID()), ProgramId.random(),
                    new PersonId(UUID.randomUUID()), RoadMapId.random());
        }

        /** One command of each kind that reaches a projection group; returns how many were acknowledged. */
        int step(CommandGateway commands) {
            MetaData administrator = MetaData.from(scenario.school.administrator("admin@poison").asMetaData());
            MetaData coordinator = MetaData.from(scenario.school.coordinator("coordinator@poison").asMetaData());
            MetaData curator = scenario.school.asCurator("curator@poison");
            List<Runnable> sends = List.of(
                    () -> commands.sendAndWait(new RegisterOrganization(organization, "Вторая школа",
                            scenario.school.municipality(), scenario.school.region()), administrator),
                    () -> commands.sendAndWait(new SetTerritoryFigures(new TerritoryId(TerritoryLevel.MUNICIPALITY,
                            scenario.school.region(), scenario.school.municipality()), 2030, 3000, 1400, 90, 40),
                            coordinator),
                    () -> commands.sendAndWait(new SetOrganizationHeadcounts(scenario.school.id(), 2030, 900, 60),
                            administrator),
                    () -> commands.sendAndWait(new CreateProgram(program, scenario.school.id(),
                            AcademicPeriod.parse("2021-2022"), "Вторая программа " + program), curator),
                    () -> commands.sendAndWait(new RegisterPerson(person, "Новикова", "Анна", null, null, null,
                            null), curator),
                    () -> commands.sendAndWait(new EnrollMentee(program, person, MenteeCategory.STUDENT, 13, null,
                            "7Б", "Учёба", RequestSource.SELF, LocalDate.of(2021, 9, 1)), curator),
                    () -> commands.sendAndWait(new RecordMeeting(scenario.pairs.get(0), MeetingType.ORGANIZATIONAL,
                            LocalDate.of(2020, 10, 5), MeetingFormat.IN_PERSON, "Знакомство", null,
                            Instant.now()), curator),
                    () -> commands.sendAndWait(new CreateRoadMapFromTemplate(roadMap, "gymnasium2-2021-2022",
                            scenario.school.id().value(), new PlanPeriod(2030, 2031), "План " + roadMap), curator),
                    () -> commands.sendAndWait(new SubmitMonitoringForm(scenario.school.id(), 2020, form,
                            LocalDate.of(2021, 1, 15), "Исх. № 1"), curator));
            sends.forEach(Runnable::run);
            return sends.size();
        }

        /** What the poison recognises in a row: the school's region and ids. */
        List<String> markers() {
            return List.of(scenario.school.region(), scenario.school.id().toString(), program.value().toString(),
                    person.value().toString(), scenario.pairs.get(0).value().toString(),
                    roadMap.value().toString(), organization.toString());
        }

        /** The aggregates the step's events belong to. */
        List<String> aggregates() {
            return List.of(scenario.school.id().toString(), organization.toString(), program.value().toString(),
                    person.value().toString(), scenario.pairs.get(0).value().toString(), roadMap.value().toString(),
                    new TerritoryId(TerritoryLevel.MUNICIPALITY, scenario.school.region(),
                            scenario.school.municipality()).toString(),
                    scenario.program.value().toString());
        }

        Map<String, Object> parameters() {
            return Map.of("organization", organization.value(), "school", scenario.school.id().value(),
                    "program", program.value(), "person", person.value(), "pair", scenario.pairs.get(0).value(),
                    "roadMap", roadMap.value());
        }
    }
}
