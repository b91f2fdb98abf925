package ru.mentoring.app.digest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.ErasePersonalData;
import ru.mentoring.api.people.ErasureGround;
import ru.mentoring.api.roadmap.AddRoadMapSection;
import ru.mentoring.api.roadmap.CreateRoadMap;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.ItemSchedule;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.PlanRoadMapItem;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.app.ProgramScenario;
import ru.mentoring.app.TestDatabase;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.security.UiUsers;
import ru.mentoring.app.ui.MoscowCalendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily digest through a real SMTP server in the test's process (GreenMail): a curator gets her school's pairs
 * whose first meeting is overdue and its overdue road-map item, each with its link; the municipality's coordinator
 * gets the item as an escalation; nobody gets a second message the same day, even from two runs at once; a curator
 * who turned it off, one without an address and one whose address was erased get nothing; a changed address erases
 * the old one from the register and the next digest goes to the new one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyDigestIT {

    private static final String BASE = "https://mentoring.example.ru";

    private final TestDatabase database = TestDatabase.fresh();
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private ConfigurableApplicationContext app;
    private CommandGateway commands;
    private JdbcClient jdbc;

    @BeforeAll
    void start() {
        smtp.start();
        app = database.start("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--mentoring.digest.base-url=" + BASE + "/", "--mentoring.digest.from=digest@mentoring.example.ru",
                "--mentoring.pairs.first-meeting-within=2s", "--db-scheduler.polling-interval=1s");
        commands = app.getBean(CommandGateway.class);
        jdbc = app.getBean(JdbcClient.class);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        smtp.stop();
    }

    @Test
    void curatorsAndCoordinatorsGetTheirOverduePairsAndItemsOnceADay() throws Exception {
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 2, List.of());
        RoadMapId roadMap = RoadMapId.random();
        commands.sendAndWait(new CreateRoadMap(roadMap, RoadMapLevel.ORGANIZATION, scenario.school.id().value(),
                PlanPeriod.parse("2024-2025"), "Дорожная карта школы"), scenario.school.asCurator("curator@digest"));
        commands.sendAndWait(new AddRoadMapSection(roadMap, "Подготовка"), scenario.school.asCurator("curator@digest"));
        commands.sendAndWait(new PlanRoadMapItem(roadMap, RoadMapItemId.random(), 1, new ItemContent("1.1",
                "Утвердить положение о наставничестве", null, null, ItemSchedule.between(LocalDate.of(2024, 9, 1),
                LocalDate.of(2024, 10, 31), "до 31.10.2024"), List.of("директор"))),
                scenario.school.asCurator("curator@digest"));

        UiUser curator = user("curator.digest", ActorRole.ORGANIZATION_CURATOR, scenario, "Иванова Ирина Петровна");
        UiUser coordinator = user("coordinator.digest", ActorRole.MUNICIPAL_COORDINATOR, scenario, "Петров Пётр");
        UiUser quiet = user("curator.quiet", ActorRole.ORGANIZATION_CURATOR, scenario, "Тихонова Анна");
        UiUser erased = user("curator.erased", ActorRole.ORGANIZATION_CURATOR, scenario, "Стёртая Вера");
        user("curator.noaddress", ActorRole.ORGANIZATION_CURATOR, scenario, "Безадресная Ольга");
        DigestSubscriptions subscriptions = app.getBean(DigestSubscriptions.class);
        assertThat(subscriptions.save(curator, "ivanova@school.example.ru", true, request())).isEmpty();
        assertThat(subscriptions.save(coordinator, "petrov@city.example.ru", true, request())).isEmpty();
        assertThat(subscriptions.save(quiet, "tikhonova@school.example.ru", false, request())).isEmpty();
        assertThat(subscriptions.save(erased, "vera@school.example.ru", true, request())).isEmpty();
        commands.sendAndWait(new ErasePersonalData(new PersonId(subscriptions.of("curator.erased").personId()),
                ErasureGround.SUBJECT_REQUEST), scenario.school.asCurator("curator@digest"));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM pair_progress WHERE program_id = ? AND first_meeting_overdue""")
                .param(scenario.program.value()).query(Integer.class).single() == 2
                && jdbc.sql("""
                        SELECT count(*) FROM road_map_progress_occurrence o
                          JOIN road_map_progress_item i ON i.item_id = o.item_id
                         WHERE i.road_map_id = ? AND o.state = 'OVERDUE'""")
                .param(roadMap.value()).query(Integer.class).single() == 1);
        DailyDigests digests = app.getBean(DailyDigests.class);
        LocalDate today = app.getBean(MoscowCalendar.class).today();

        assertThat(digests.sendAll(today)).isEqualTo(2);

        MimeMessage[] sent = smtp.getReceivedMessages();
        assertThat(sent).hasSize(2);
        MimeMessage toCurator = to(sent, "ivanova@school.example.ru");
        assertThat(toCurator.getFrom()[0].toString()).isEqualTo("digest@mentoring.example.ru");
        assertThat(toCurator.getSubject()).startsWith("Сводка на ")
                .contains("требуют внимания пары — 2, мероприятия — 1");
        String curatorText = ((String) toCurator.getContent()).replace("\r\n", "\n");
        assertThat(curatorText).startsWith("Здравствуйте, Иванова Ирина Петровна!")
                .contains(BASE + "/ui/pairs/" + scenario.pairs.get(0).value(),
                        BASE + "/ui/pairs/" + scenario.pairs.get(1).value(), "первая встреча не проведена в срок",
                        "п. 1.1 «Утвердить положение о наставничестве»: срок 31.10.2024",
                        BASE + "/ui/road-maps/" + roadMap.value(), BASE + "/ui/account/digest")
                .as("no mentor or mentee is named").doesNotContain("Ученик", "Учитель");
        String coordinatorText = ((String) to(sent, "petrov@city.example.ru").getContent()).replace("\r\n", "\n");
        assertThat(coordinatorText).contains("Мероприятия школ муниципалитета, просроченные более чем на 14 дн.",
                        "«Утвердить положение о наставничестве»", BASE + "/ui/road-maps/" + roadMap.value())
                .doesNotContain("/ui/pairs/");

        // the same day again, and two runs at once the next day (two nodes): one message a person a day
        assertThat(digests.sendAll(today)).isZero();
        LocalDate tomorrow = today.plusDays(1);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> digests.sendAll(tomorrow));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> digests.sendAll(tomorrow));
        assertThat(one.get() + other.get()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).hasSize(4);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).flatMap(message -> recipients(message).stream()))
                .containsOnly("ivanova@school.example.ru", "petrov@city.example.ru");

        // a new address: the old one is erased from the register, the next digest goes to the new one
        UUID before = subscriptions.of("curator.digest").personId();
        assertThat(subscriptions.save(curator, "irina.ivanova@school.example.ru", true, request())).isEmpty();
        assertThat(jdbc.sql("SELECT erased_at IS NOT NULL AND email IS NULL FROM person_register WHERE person_id = ?")
                .param(before).query(Boolean.class).single()).isTrue();
        assertThat(digests.sendAll(tomorrow.plusDays(1))).isEqualTo(2);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).flatMap(message -> recipients(message).stream()))
                .as("three days: the old address twice, the new one once, the coordinator each day")
                .containsExactlyInAnyOrder("ivanova@school.example.ru", "ivanova@school.example.ru",
                        "irina.ivanova@school.example.ru", "petrov@city.example.ru", "petrov@city.example.ru",
                        "petrov@city.example.ru");
    }

    private UiUser user(String username, ActorRole role, ProgramScenario scenario, String fullName) {
        UiUser user = new UiUser(username, "{noop}-", role, scenario.school.region(),
                role == ActorRole.MUNICIPAL_COORDINATOR ? scenario.school.municipality() : null,
                role == ActorRole.ORGANIZATION_CURATOR ? scenario.school.id().value().toString() : null, fullName,
                true, false);
        app.getBean(UiUsers.class).add(user);
        return app.getBean(UiUsers.class).loadUserByUsername(username);
    }

    private static MockHttpServletRequest request() {
        return new MockHttpServletRequest("POST", "/ui/account/digest");
    }

    private static MimeMessage to(MimeMessage[] messages, String address) {
        return Arrays.stream(messages).filter(message -> recipients(message).contains(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no message to " + address));
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
