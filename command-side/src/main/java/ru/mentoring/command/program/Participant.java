package ru.mentoring.command.program;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.MentorCategory;
import ru.mentoring.api.program.ParticipantRole;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One person's place in a program, as far as the program's rules need it: role, category, age, consent and
 * readiness. Mutated only by the Roster's event-sourcing handlers.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Participant {

    enum Consent { NONE, GIVEN, WITHDRAWN }

    UUID personId;
    ParticipantRole role;
    MenteeCategory menteeCategory;
    MentorCategory mentorCategory;
    Integer age;
    int capacity;
    Consent consent = Consent.NONE;
    boolean baselineAssessed;
    boolean finalAssessed;
    boolean interviewPassed;
    boolean interviewed;
    int trainingSessions;
    boolean surveyed;
    boolean joinedMentorBase;

    Participant() {
        // for snapshots
    }

    static Participant mentee(UUID personId, MenteeCategory category, Integer age) {
        Participant participant = new Participant();
        participant.personId = personId;
        participant.role = ParticipantRole.MENTEE;
        participant.menteeCategory = category;
        participant.age = age;
        return participant;
    }

    static Participant mentor(UUID personId, MentorCategory category, Integer age, int capacity) {
        Participant participant = new Participant();
        participant.personId = personId;
        participant.role = ParticipantRole.MENTOR;
        participant.mentorCategory = category;
        participant.age = age;
        participant.capacity = capacity;
        return participant;
    }

    boolean isMentee() {
        return role == ParticipantRole.MENTEE;
    }

    boolean isMentor() {
        return role == ParticipantRole.MENTOR;
    }

    boolean hasConsent() {
        return consent == Consent.GIVEN;
    }

    private List<Object> state() {
        return Arrays.asList(personId, role, menteeCategory, mentorCategory, age, capacity, consent,
                baselineAssessed, finalAssessed, interviewPassed, interviewed, trainingSessions, surveyed,
                joinedMentorBase);
    }

    /** Equal state, so that sourcing the same events twice gives equal aggregates (checked by the fixture). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Participant participant && state().equals(participant.state());
    }

    @Override
    public int hashCode() {
        return state().hashCode();
    }
}
