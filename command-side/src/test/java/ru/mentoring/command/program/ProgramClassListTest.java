package ru.mentoring.command.program;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.program.ConsentGiver;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.EnrollParticipants;
import ru.mentoring.api.program.GiveConsent;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.MenteeEnrolled;
import ru.mentoring.api.program.PersonalDataConsentGiven;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RequestSource;

import java.util.List;

import static ru.mentoring.command.program.ProgramFixtures.CURATOR;
import static ru.mentoring.command.program.ProgramFixtures.refused;
import static ru.mentoring.command.program.ProgramMother.MENTEE_ANNA;
import static ru.mentoring.command.program.ProgramMother.MENTEE_BORIS;
import static ru.mentoring.command.program.ProgramMother.PROGRAM;
import static ru.mentoring.command.program.ProgramMother.SEPTEMBER_1;
import static ru.mentoring.command.program.ProgramMother.created;
import static ru.mentoring.command.program.ProgramMother.mentee;

/**
 * A class list enrolled at once: each enrollment and consent as its own command would be decided, and the whole
 * refused, nothing enrolled, when any one is — someone already in the base, a minor's consent signed by themself,
 * a row of another program.
 */
class ProgramClassListTest {

    private final AggregateTestFixture<Program> fixture = ProgramFixtures.fixture();

    @Test
    void aListIsEnrolledWithItsConsents() {
        fixture.given(created())
                .when(new EnrollParticipants(PROGRAM, List.of(enroll(MENTEE_ANNA), enroll(MENTEE_BORIS)), List.of(),
                        List.of(new GiveConsent(PROGRAM, MENTEE_ANNA, ConsentGiver.LEGAL_REPRESENTATIVE,
                                SEPTEMBER_1))), CURATOR)
                .expectEvents(enrolled(MENTEE_ANNA), enrolled(MENTEE_BORIS),
                        new PersonalDataConsentGiven(PROGRAM, MENTEE_ANNA, ConsentGiver.LEGAL_REPRESENTATIVE,
                                SEPTEMBER_1));
    }

    @Test
    void someoneAlreadyInTheBaseRefusesTheWholeList() {
        fixture.given(created(), mentee(MENTEE_BORIS, 13, "7А"))
                .when(new EnrollParticipants(PROGRAM, List.of(enroll(MENTEE_ANNA), enroll(MENTEE_BORIS)), List.of(),
                        List.of()), CURATOR)
                .expectNoEvents()
                .expectException(refused("participant.already-enrolled", MENTEE_BORIS.toString()));
    }

    @Test
    void aMinorsOwnConsentRefusesTheWholeList() {
        fixture.given(created())
                .when(new EnrollParticipants(PROGRAM, List.of(enroll(MENTEE_ANNA)), List.of(),
                        List.of(new GiveConsent(PROGRAM, MENTEE_ANNA, ConsentGiver.PARTICIPANT, SEPTEMBER_1))), CURATOR)
                .expectNoEvents()
                .expectException(refused("consent.minor-needs-representative", "законный представитель"));
    }

    @Test
    void aRowOfAnotherProgramRefusesTheList() {
        ProgramId other = ProgramId.random();
        fixture.given(created())
                .when(new EnrollParticipants(PROGRAM, List.of(new EnrollMentee(other, MENTEE_ANNA,
                        MenteeCategory.STUDENT, 13, null, "7А", "Учёба", RequestSource.SELF, SEPTEMBER_1)), List.of(),
                        List.of()), CURATOR)
                .expectNoEvents()
                .expectException(refused("import.program-mismatch", PROGRAM.toString()));
    }

    private static EnrollMentee enroll(ru.mentoring.api.common.PersonId person) {
        return new EnrollMentee(PROGRAM, person, MenteeCategory.STUDENT, 13, null, "7А", "Учёба", RequestSource.SELF,
                SEPTEMBER_1);
    }

    private static MenteeEnrolled enrolled(ru.mentoring.api.common.PersonId person) {
        return new MenteeEnrolled(PROGRAM, person, MenteeCategory.STUDENT, 13, null, "7А",
                PersonalText.plain("Учёба"), RequestSource.SELF, SEPTEMBER_1);
    }
}
