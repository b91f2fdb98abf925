package ru.mentoring.command.program;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.program.BaselineAssessmentRecorded;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.EnrollMentor;
import ru.mentoring.api.program.FinalAssessmentRecorded;
import ru.mentoring.api.program.MenteeBaseFormed;
import ru.mentoring.api.program.MenteeEnrolled;
import ru.mentoring.api.program.MenteeJoinedMentorBase;
import ru.mentoring.api.program.MentorBaseFormed;
import ru.mentoring.api.program.MentorEnrolled;
import ru.mentoring.api.program.MentorInterviewRecorded;
import ru.mentoring.api.program.MentorTrainingHeld;
import ru.mentoring.api.program.PersonalDataConsentGiven;
import ru.mentoring.api.program.PersonalDataConsentWithdrawn;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.SatisfactionSurveyed;
import ru.mentoring.command.common.DomainRuleViolation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The program's participants — the two bases — and what is known of each: consent, assessments, interview,
 * training, survey. Part of the Program aggregate; it answers the rules about people.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Roster {

    private final Map<UUID, Participant> participants = new LinkedHashMap<>();
    private int trainingSessions;
    private boolean menteeBaseFormed;
    private boolean mentorBaseFormed;

    Participant require(PersonId personId) {
        Participant participant = participants.get(personId.value());
        if (participant == null) {
            throw new DomainRuleViolation("participant.not-enrolled",
                    "Участник " + personId + " не входит ни в базу наставляемых, ни в базу наставников программы");
        }
        return participant;
    }

    Participant requireMentor(PersonId personId) {
        Participant participant = require(personId);
        if (!participant.isMentor()) {
            throw new DomainRuleViolation("participant.not-a-mentor",
                    "Участник " + personId + " не входит в базу наставников программы");
        }
        return participant;
    }

    Participant requireMentee(PersonId personId) {
        Participant participant = require(personId);
        if (!participant.isMentee()) {
            throw new DomainRuleViolation("participant.not-a-mentee",
                    "Участник " + personId + " не входит в базу наставляемых программы");
        }
        return participant;
    }

    /** No personal data may be processed without a valid consent (Federal Law 152-FZ). */
    Participant requireConsent(PersonId personId) {
        Participant participant = require(personId);
        if (!participant.hasConsent()) {
            throw new DomainRuleViolation("participant.consent-missing",
                    "У участника " + personId + " нет действующего согласия на обработку персональных данных");
        }
        return participant;
    }

    /** A mentor whose personal data may be processed: interviews are recorded only for such. */
    Participant requireConsentingMentor(PersonId personId) {
        requireMentor(personId);
        return requireConsent(personId);
    }

    /** The enrollment of a new mentee, with the text fields tidied as stored. */
    MenteeEnrolled enrollment(ProgramId programId, EnrollMentee command) {
        requireNotEnrolled(command.personId());
        ParticipantRules.requireMenteeProfile(command);
        return new MenteeEnrolled(programId, command.personId(), command.category(), command.age(),
                command.experienceYears(), Texts.blankToNull(command.grade()),
                PersonalText.about(List.of(command.personId()), command.request()),
                command.requestSource(), command.enrolledOn());
    }

    /** The enrollment of a new mentor, with the text fields tidied as stored. */
    MentorEnrolled enrollment(ProgramId programId, EnrollMentor command) {
        requireNotEnrolled(command.personId());
        ParticipantRules.requireMentorProfile(command);
        return new MentorEnrolled(programId, command.personId(), command.category(), command.age(),
                command.experienceYears(),
                PersonalText.about(List.of(command.personId()), command.competencies()), command.capacity(),
                Texts.blankToNull(command.enterprise()), command.enrolledOn());
    }

    private void requireNotEnrolled(PersonId personId) {
        Participant existing = participants.get(personId.value());
        if (existing != null) {
            throw new DomainRuleViolation("participant.already-enrolled", "Участник " + personId + " уже входит в "
                    + (existing.isMentee() ? "базу наставляемых" : "базу наставников") + " этой программы");
        }
    }

    boolean isEnrolled(PersonId personId) {
        return participants.containsKey(personId.value());
    }

    int trainingSessions() {
        return trainingSessions;
    }

    boolean menteeBaseFormed() {
        return menteeBaseFormed;
    }

    boolean mentorBaseFormed() {
        return mentorBaseFormed;
    }

    long count(Predicate<Participant> which) {
        return participants.values().stream().filter(which).count();
    }

    List<PersonId> ids(Predicate<Participant> which) {
        return participants.values().stream().filter(which).map(p -> new PersonId(p.personId)).toList();
    }

    @EventSourcingHandler
    void on(MenteeEnrolled event) {
        participants.put(event.personId().value(),
                Participant.mentee(event.personId().value(), event.category(), event.age()));
    }

    @EventSourcingHandler
    void on(MentorEnrolled event) {
        participants.put(event.personId().value(),
                Participant.mentor(event.personId().value(), event.category(), event.age(), event.capacity()));
    }

    @EventSourcingHandler
    void on(PersonalDataConsentGiven event) {
        known(event.personId(), p -> p.consent = Participant.Consent.GIVEN);
    }

    @EventSourcingHandler
    void on(PersonalDataConsentWithdrawn event) {
        known(event.personId(), p -> p.consent = Participant.Consent.WITHDRAWN);
    }

    @EventSourcingHandler
    void on(BaselineAssessmentRecorded event) {
        known(event.personId(), p -> p.baselineAssessed = true);
    }

    @EventSourcingHandler
    void on(FinalAssessmentRecorded event) {
        known(event.personId(), p -> p.finalAssessed = true);
    }

    @EventSourcingHandler
    void on(MentorInterviewRecorded event) {
        known(event.personId(), mentor -> {
            mentor.interviewed = true;
            mentor.interviewPassed = event.passed();
        });
    }

    @EventSourcingHandler
    void on(MentorTrainingHeld event) {
        trainingSessions = event.session();
        event.attended().forEach(person -> known(person, p -> p.trainingSessions++));
    }

    @EventSourcingHandler
    void on(MenteeBaseFormed event) {
        menteeBaseFormed = true;
    }

    @EventSourcingHandler
    void on(MentorBaseFormed event) {
        mentorBaseFormed = true;
    }

    @EventSourcingHandler
    void on(SatisfactionSurveyed event) {
        known(event.personId(), p -> p.surveyed = true);
    }

    @EventSourcingHandler
    void on(MenteeJoinedMentorBase event) {
        known(event.personId(), p -> p.joinedMentorBase = true);
    }

    /**
     * A step about a participant changes them. The aggregate never takes one about someone not enrolled, but a
     * view by business date can count it without their enrollment (a consent dated before the enrollment is):
     * then it changes nothing, as nothing can be said of someone the program does not yet know.
     */
    private void known(PersonId personId, Consumer<Participant> change) {
        Participant participant = participants.get(personId.value());
        if (participant != null) {
            change.accept(participant);
        }
    }
}
