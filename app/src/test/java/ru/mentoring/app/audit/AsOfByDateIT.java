package ru.mentoring.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.AgreementSigned;
import ru.mentoring.api.pair.IndividualPlanApproved;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingRecorded;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PairOpened;
import ru.mentoring.api.pair.PlanActivity;
import ru.mentoring.api.pair.PlannedActivity;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * As-of by date and by basis, through the API: a date means the end of that day in Moscow, an instant is kept; by
 * recorded time the state is what the system knew, by business date what the documents say had happened — a
 * meeting held on 12 October 2021 and entered on 20 October shows on 12 October only by business date, with a
 * note. The pair's events are stored with the moments they would have had in 2021, as the command side would
 * have stored them then.
 */
class AsOfByDateIT extends ApplicationIT {

    private static final LocalDate TWELFTH = LocalDate.of(2021, 10, 12);

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;

    private ApiClient api;
    private ProgramScenario scenario;
    private HttpHeaders auditor;

    @BeforeEach
    void school() {
        api = new ApiClient(http, port, keys);
        scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
        auditor = api.as(scenario.school.auditor("auditor@asof"));
    }

    /** A pair of the scenario's program whose events were stored in October 2021. */
    private String pairStoredInOctober2021() {
        PairId pair = PairId.random();
        MetaData curator = scenario.school.asCurator("curator@asof");
        Instant opened = Instant.parse("2021-10-01T06:00:00Z");
        eventStore.publish(List.of(
                stored(pair, 0, new PairOpened(pair, scenario.program, MentoringForm.TEACHER_STUDENT,
                        InteractionFormat.INDIVIDUAL, null, Set.of(scenario.mentors.get(0)),
                        Set.of(scenario.mentees.get(0)), opened, opened.plus(Duration.ofDays(14)),
                        Duration.ofDays(30), List.of(), LocalDate.of(2021, 10, 1)), opened, curator),
                // 23:30 in Moscow on the 12th, 20:30 UTC
                stored(pair, 1, new AgreementSigned(pair, LocalDate.of(2021, 10, 5)),
                        Instant.parse("2021-10-12T20:30:00Z"), curator),
                // 01:00 in Moscow on the 13th, still the 12th in UTC
                stored(pair, 2, new IndividualPlanApproved(pair, PlannedActivity.plain(List.of(new PlanActivity(1, "Знакомство с планом",
                        LocalDate.of(2021, 10, 20), null))), LocalDate.of(2021, 10, 13)),
                        Instant.parse("2021-10-12T22:00:00Z"), curator),
                stored(pair, 3, new MeetingRecorded(pair, 1, MeetingType.ORGANIZATIONAL, TWELFTH,
                        MeetingFormat.IN_PERSON, PersonalText.plain("Знакомство"), null), Instant.parse("2021-10-20T09:00:00Z"),
                        curator)));
        String path = "/api/audit/pairs/" + pair.value();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get(path + "/history", auditor).status()).isEqualTo(200));
        return path;
    }

    private static GenericDomainEventMessage<?> stored(PairId pair, long sequence, Object payload, Instant at,
                                                       MetaData metaData) {
        return new GenericDomainEventMessage<>("Pair", pair.value().toString(), sequence, payload, metaData,
                UUID.randomUUID().toString(), at);
    }

    @Test
    void aDateMeansTheEndOfThatDayInMoscowAndAnInstantIsKept() {
        String pair = pairStoredInOctober2021();

        JsonNode day = ok(api.get(pair + "/as-of?at=2021-10-12", auditor));
        assertThat(day.path("basis").asText()).isEqualTo("RECORDED");
        assertThat(Instant.parse(day.path("at").asText())).isEqualTo(Instant.parse("2021-10-12T20:59:59.999999999Z"));
        // the agreement entered at 23:30 Moscow time counts, the plan entered after midnight does not
        assertThat(day.path("eventsApplied").asInt()).isEqualTo(2);
        assertThat(day.path("agreementSignedOn").asText()).isEqualTo("2021-10-05");
        assertThat(day.path("planRevision").asInt()).isZero();
        assertThat(day.path("meetings").path("ORGANIZATIONAL").asInt()).isZero();
        assertThat(day.path("recordedLater").isEmpty()).isTrue();
        assertThat(ok(api.get(pair + "/as-of?at=2021-10-12&by=recorded", auditor))).isEqualTo(day);

        JsonNode noon = ok(api.get(pair + "/as-of?at=2021-10-12T09:00:00Z", auditor));
        assertThat(Instant.parse(noon.path("at").asText())).isEqualTo(Instant.parse("2021-10-12T09:00:00Z"));
        assertThat(noon.path("eventsApplied").asInt()).isOne();
        assertThat(noon.path("agreementSignedOn").isNull()).isTrue();

        JsonNode utcMidnight = ok(api.get(pair + "/as-of?at=2021-10-12T23:59:59Z", auditor));
        assertThat(utcMidnight.path("planRevision").asInt()).isOne();
    }

    @Test
    void aMeetingRecordedOnTheTwentiethForTheTwelfthShowsOnTheTwelfthByBusinessDateWithANote() {
        String pair = pairStoredInOctober2021();

        JsonNode recorded = ok(api.get(pair + "/as-of?at=2021-10-12", auditor));
        assertThat(recorded.path("meetings").path("ORGANIZATIONAL").asInt()).isZero();
        assertThat(recorded.path("lastMeetingOn").isNull()).isTrue();

        JsonNode business = ok(api.get(pair + "/as-of?at=2021-10-12&by=business", auditor));
        assertThat(business.path("basis").asText()).isEqualTo("BUSINESS");
        assertThat(business.path("businessDate").asText()).isEqualTo("2021-10-12");
        assertThat(business.path("meetings").path("ORGANIZATIONAL").asInt()).isOne();
        assertThat(business.path("lastMeetingOn").asText()).isEqualTo("2021-10-12");
        assertThat(business.path("agreementSignedOn").asText()).isEqualTo("2021-10-05");
        // entered on the 12th in UTC but approved on the 13th: not yet, by business date
        assertThat(business.path("planRevision").asInt()).isZero();
        assertThat(business.path("eventsApplied").asInt()).isEqualTo(3);
        List<JsonNode> late = list(business.path("recordedLater"));
        assertThat(late).hasSize(1);
        JsonNode meeting = late.get(0);
        assertThat(meeting.path("sequenceNumber").asLong()).isEqualTo(3);
        assertThat(meeting.path("eventType").asText()).isEqualTo("MeetingRecorded");
        assertThat(meeting.path("businessDate").asText()).isEqualTo("2021-10-12");
        assertThat(Instant.parse(meeting.path("recordedAt").asText()))
                .isEqualTo(Instant.parse("2021-10-20T09:00:00Z"));
        assertThat(meeting.path("summary").asText()).isEqualTo("Проведена встреча № 1 (организационная) 12.10.2021: "
                + "«Знакомство»");
        assertThat(meeting.path("note").asText()).isEqualTo("Записано 20.10.2021 12:00:00 (МСК), позже "
                + "запрошенного момента 12.10.2021 23:59:59 (МСК); учтено по дате события 12.10.2021");

        // on the 11th the meeting is not yet held; the agreement of the 5th, entered on the 12th, is noted instead
        JsonNode eleventh = ok(api.get(pair + "/as-of?at=2021-10-11&by=business", auditor));
        assertThat(eleventh.path("meetings").path("ORGANIZATIONAL").asInt()).isZero();
        assertThat(eleventh.path("agreementSignedOn").asText()).isEqualTo("2021-10-05");
        assertThat(list(eleventh.path("recordedLater"))).extracting(entry -> entry.path("eventType").asText())
                .containsExactly("AgreementSigned");
    }

    @Test
    void aProgramEnteredTodayFromItsDocumentsStandsOnItsPaperDatesByBusinessDateOnly() {
        String program = "/api/audit/programs/" + scenario.program.value();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get(program + "/history", auditor).status()).isEqualTo(200));

        // the scenario's documents are dated 1 September 2020 and its order 1 October 2020, all entered today
        Answer recorded = api.get(program + "/as-of?at=2020-09-15", auditor);
        assertThat(recorded.status()).isEqualTo(404);
        assertThat(recorded.body().path("detail").asText()).contains("15.09.2020 23:59:59 (МСК) по времени записи");

        JsonNode business = ok(api.get(program + "/as-of?at=2020-09-15&by=business", auditor));
        assertThat(business.path("curatorAppointed").asBoolean()).isTrue();
        assertThat(business.path("documents").asInt()).isEqualTo(3);
        assertThat(business.path("mentees").asInt()).isOne();
        assertThat(business.path("mentors").asInt()).isOne();
        assertThat(business.path("informingEvents").asInt()).isOne();
        assertThat(business.path("fixedPairs").asInt()).isZero();
        assertThat(business.path("title").asText()).startsWith("Программа наставничества");
        assertThat(list(business.path("recordedLater"))).extracting(entry -> entry.path("eventType").asText())
                .startsWith("ProgramCreated").contains("ProgramDocumentRegistered", "CuratorAppointed")
                .doesNotContain("PairsFixedByOrder", "MentoringFormsChosen");
        assertThat(ok(api.get(program + "/as-of?at=2020-10-01&by=business", auditor)).path("fixedPairs").asInt())
                .isOne();
    }

    @Test
    void aMalformedMomentOrBasisIsRefusedInRussian() {
        String pair = pairStoredInOctober2021();

        Answer notADate = api.get(pair + "/as-of?at=12.10.2021", auditor);
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.body().path("code").asText()).isEqualTo("validation.failed");
        assertThat(notADate.body().path("detail").asText()).contains("at: ожидается дата (2021-10-12")
                .contains("«12.10.2021»");
        Answer noSuchDay = api.get(pair + "/as-of?at=2021-02-30", auditor);
        assertThat(noSuchDay.status()).isEqualTo(400);
        assertThat(noSuchDay.body().path("code").asText()).isEqualTo("validation.failed");

        Answer basis = api.get(pair + "/as-of?at=2021-10-12&by=event", auditor);
        assertThat(basis.status()).isEqualTo(400);
        assertThat(basis.body().path("code").asText()).isEqualTo("validation.failed");
        assertThat(basis.body().path("detail").asText()).contains("by: ожидается recorded")
                .contains("business").contains("«event»");

        Answer before = api.get(pair + "/as-of?at=2021-09-30&by=business", auditor);
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.body().path("detail").asText()).contains("30.09.2021 23:59:59 (МСК) по дате события");
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
