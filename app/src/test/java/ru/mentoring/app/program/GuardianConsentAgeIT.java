package ru.mentoring.app.program;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RequestSource;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who signs a minor's consent follows the region's setting: the test configuration gives the region
 * «Регион согласия с 14 лет» the age 14 (seed 001), every other region keeps the default 18 (seed 004).
 */
class GuardianConsentAgeIT extends ApplicationIT {

    private static final String REGION_OF_14 = "Регион согласия с 14 лет";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private TestRestTemplate http;
    @LocalServerPort
    private int port;
    @Autowired
    private JWKSource<SecurityContext> keys;

    @Test
    void aFifteenYearOldSignsTheirOwnConsentOnlyWhereTheRegionSays14() {
        ApiClient api = new ApiClient(http, port, keys);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestSchool under14 = TestSchool.register(commands, "Гимназия № 2", "Город " + suffix, REGION_OF_14);
        TestSchool byDefault = TestSchool.register(commands, "СОШ № 1");

        Program strict = new Program(byDefault);
        Answer refused = strict.consent(api, strict.mentee(15), "PARTICIPANT");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("code").asText()).isEqualTo("consent.minor-needs-representative");
        assertThat(refused.body().path("detail").asText()).isEqualTo("Участнику 15 лет: в регионе «"
                + byDefault.region() + "» за участников младше 18 лет согласие на обработку персональных данных "
                + "даёт законный представитель");

        Program lenient = new Program(under14);
        assertThat(lenient.consent(api, lenient.mentee(15), "PARTICIPANT").status()).isEqualTo(204);
        Answer representativeOfAFifteenYearOld = lenient.consent(api, lenient.mentee(15), "LEGAL_REPRESENTATIVE");
        assertThat(representativeOfAFifteenYearOld.status()).isEqualTo(422);
        assertThat(representativeOfAFifteenYearOld.body().path("code").asText()).isEqualTo("consent.adult-signs-own");
        assertThat(representativeOfAFifteenYearOld.body().path("detail").asText())
                .contains("в регионе «" + REGION_OF_14 + "» законный представитель даёт согласие только за "
                        + "участников младше 14 лет");
        Answer thirteen = lenient.consent(api, lenient.mentee(13), "PARTICIPANT");
        assertThat(thirteen.status()).isEqualTo(422);
        assertThat(thirteen.body().path("detail").asText()).contains("Участнику 13 лет: в регионе «" + REGION_OF_14
                + "» за участников младше 14 лет");
        assertThat(lenient.consent(api, lenient.mentee(13), "LEGAL_REPRESENTATIVE").status()).isEqualTo(204);
    }

    /** A program of a school with its mentees, enrolled through the command bus. */
    private final class Program {

        private final TestSchool school;
        private final ProgramId id = ProgramId.random();
        private final MetaData curator;

        Program(TestSchool school) {
            this.school = school;
            this.curator = school.asCurator("curator@" + school.municipality());
            commands.sendAndWait(new CreateProgram(id, school.id(), AcademicPeriod.parse("2020-2021"),
                    "Программа наставничества " + id), curator);
        }

        PersonId mentee(int age) {
            PersonId person = new PersonId(UUID.randomUUID());
            commands.sendAndWait(new RegisterPerson(person, "Ученик", "Тест", null, null, null, null), curator);
            commands.sendAndWait(new EnrollMentee(id, person, MenteeCategory.STUDENT, age, null, "8А", "Учёба",
                    RequestSource.SELF, LocalDate.of(2020, 9, 7)), curator);
            return person;
        }

        Answer consent(ApiClient api, PersonId person, String givenBy) {
            HttpHeaders headers = api.as(school.curator("curator@" + school.municipality()));
            return api.post("/api/programs/" + id.value() + "/participants/" + person.value() + "/consent", """
                    {"givenBy": "%s", "date": "2020-09-09"}""".formatted(givenBy), headers);
        }
    }
}
