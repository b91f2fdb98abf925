package ru.mentoring.query.matching;

import java.util.List;
import java.util.UUID;

/**
 * Sample people of a school's two bases: students as mentees and teachers as mentors. Ids grow in the order
 * of the alphabet, so that ties broken by UUID order are read off the names.
 */
final class People {

    static final UUID ARTYOM = id(0x1);
    static final UUID BOGDAN = id(0x2);
    static final UUID VLAD = id(0x3);
    static final UUID GLEB = id(0x4);

    static final UUID ALLA_PETROVNA = id(0x101);
    static final UUID BELLA_IGOREVNA = id(0x102);
    static final UUID VERA_SERGEEVNA = id(0x103);

    /** Someone a questionnaire names who takes no part in this matching. */
    static final UUID STRANGER = id(0x999);

    private People() {
    }

    private static UUID id(long n) {
        return new UUID(0x6d656e746f72L, n);
    }

    static MenteeCandidate mentee(UUID id, UUID... preferredMentors) {
        return new MenteeCandidate(id, List.of(preferredMentors));
    }

    static MentorCandidate mentor(UUID id, int capacity, UUID... preferredMentees) {
        return new MentorCandidate(id, capacity, List.of(preferredMentees));
    }
}
