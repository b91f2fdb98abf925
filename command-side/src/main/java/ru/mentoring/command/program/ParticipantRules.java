package ru.mentoring.command.program;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.ConsentGiver;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.EnrollMentor;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.MentorCategory;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ParticipantRole;
import ru.mentoring.api.program.ProposePair;
import ru.mentoring.command.common.DomainRuleViolation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules about who may take part and how: a participant's profile, consent, readiness to mentor, and
 * whether a form of mentoring fits both sides.
 */
final class ParticipantRules {

    /** Young specialists (молодые специалисты) have at most this many years of experience. */
    static final int YOUNG_SPECIALIST_MAX_YEARS = 3;

    private ParticipantRules() {
    }

    static void requireMenteeProfile(EnrollMentee command) {
        if (command.category() == MenteeCategory.STUDENT || command.category() == MenteeCategory.COLLEGE_STUDENT) {
            requirePresent(command.age(), "age", "возраст обучающегося");
        } else {
            requirePresent(command.experienceYears(), "experienceYears", "педагогический стаж");
        }
        if (command.category() == MenteeCategory.YOUNG_SPECIALIST
                && command.experienceYears() > YOUNG_SPECIALIST_MAX_YEARS) {
            throw new DomainRuleViolation("mentee.not-young-specialist",
                    "Молодой специалист — педагог со стажем от 0 до 3 лет, указано " + command.experienceYears());
        }
    }

    static void requireMentorProfile(EnrollMentor command) {
        if (command.category() == MentorCategory.STUDENT || command.category() == MentorCategory.COLLEGE_STUDENT) {
            requirePresent(command.age(), "age", "возраст наставника-обучающегося");
        }
        if (command.category() == MentorCategory.EMPLOYER_REPRESENTATIVE
                && (command.enterprise() == null || command.enterprise().isBlank())) {
            throw new DomainRuleViolation("mentor.enterprise-missing",
                    "Для представителя работодателя нужно указать предприятие");
        }
    }

    /**
     * A participant younger than the region's guardian consent age has the consent signed by a legal
     * representative; anyone else signs their own. The refusal names the age and where it comes from.
     */
    static void requireConsentFromTheRightPerson(Participant participant, ConsentGiver givenBy,
                                                 GuardianConsentAge guardianAge) {
        if (participant.hasConsent()) {
            throw new DomainRuleViolation("consent.already-given", "Согласие участника уже получено");
        }
        boolean needsRepresentative = guardianAge.needsRepresentative(participant.age);
        if (needsRepresentative && givenBy != ConsentGiver.LEGAL_REPRESENTATIVE) {
            throw new DomainRuleViolation("consent.minor-needs-representative", "Участнику " + years(participant.age)
                    + ": " + guardianAge.source() + " за участников младше " + guardianAge.untilAge()
                    + " лет согласие на обработку персональных данных даёт законный представитель");
        }
        if (!needsRepresentative && givenBy == ConsentGiver.LEGAL_REPRESENTATIVE) {
            throw new DomainRuleViolation("consent.adult-signs-own", (participant.age == null ? "Участник"
                    : "Участнику " + years(participant.age) + ": " + guardianAge.source()
                    + " законный представитель даёт согласие только за участников младше " + guardianAge.untilAge()
                    + " лет, участник") + " даёт согласие сам");
        }
    }

    /**
     * A base is declared formed once, when it has people and every one of them has a valid consent.
     *
     * @return how many people the base has
     */
    static int requireBaseReady(Roster roster, ParticipantRole role) {
        boolean mentees = role == ParticipantRole.MENTEE;
        String whose = mentees ? "наставляемых" : "наставников";
        Predicate<Participant> ofBase = participant -> participant.role == role;
        if (mentees ? roster.menteeBaseFormed() : roster.mentorBaseFormed()) {
            throw new DomainRuleViolation("program.base-already-formed", "База " + whose + " уже сформирована");
        }
        long people = roster.count(ofBase);
        if (people == 0) {
            throw new DomainRuleViolation("program.base-empty", "В базе " + whose + " нет ни одного участника");
        }
        List<PersonId> withoutConsent = roster.ids(ofBase.and(p -> !p.hasConsent()));
        if (!withoutConsent.isEmpty()) {
            throw new DomainRuleViolation("program.base-without-consent", "В базе " + whose + " "
                    + withoutConsent.size() + " участн. без согласия на обработку персональных данных");
        }
        return (int) people;
    }

    /** Everyone proposed for a pair or group fits its form, and no mentor would get more mentees than allowed. */
    /** A proposal: a new pair id, a form the program chose, a format that fits its size, everyone fitting it. */
    static void requireProposalFits(ProposePair command, Set<MentoringForm> chosenForms, Roster roster,
                                    Matching matching) {
        matching.requireNewPairId(command.pairId().value());
        ProgramRules.requireFormChosen(chosenForms, command.form());
        matching.requireFormatFits(command);
        requireEveryoneFits(roster, matching, command);
    }

    /** Only a mentee who went through the program in a pair moves to the mentor base, and only once. */
    static void requireMayJoinMentorBase(Participant mentee, Matching matching) {
        ProgramRules.requireFinishedInAPair(matching.isPairedMentee(mentee.personId));
        ProgramRules.requireNotYetInMentorBase(mentee);
    }

    private static void requireEveryoneFits(Roster roster, Matching matching, ProposePair command) {
        command.mentees().forEach(mentee -> requireMenteeFits(roster, matching, command.form(), mentee));
        command.mentors().forEach(mentor -> requireMentorFits(roster, matching, command.form(), mentor,
                command.mentees().size()));
    }

    /** A mentee prefers mentors and a mentor prefers mentees, never someone of their own role. */
    static void requirePreferredOfOtherRole(Roster roster, Participant participant, Collection<PersonId> preferred) {
        preferred.forEach(partner -> {
            Participant other = roster.require(partner);
            if (other.role == participant.role) {
                throw new DomainRuleViolation("matching.preference-same-role",
                        "Предпочесть можно только участника другой роли: " + partner);
            }
        });
    }

    private static void requireMenteeFits(Roster roster, Matching matching, MentoringForm form, PersonId menteeId) {
        Participant mentee = roster.requireMentee(menteeId);
        roster.requireConsent(menteeId);
        if (!form.admitsMentee(mentee.menteeCategory)) {
            throw new DomainRuleViolation("pair.form-does-not-fit-mentee", "Форма «" + form.title()
                    + "» не подходит наставляемому " + menteeId + " (" + mentee.menteeCategory + ")");
        }
        matching.requireMenteeUnmatched(menteeId);
    }

    private static void requireMentorFits(Roster roster, Matching matching, MentoringForm form, PersonId mentorId,
                                          int newMentees) {
        Participant mentor = roster.requireMentor(mentorId);
        roster.requireConsent(mentorId);
        if (!mentor.interviewPassed) {
            throw new DomainRuleViolation("pair.mentor-not-interviewed",
                    "Наставник " + mentorId + " не прошёл собеседование");
        }
        if (mentor.trainingSessions == 0) {
            throw new DomainRuleViolation("pair.mentor-not-trained", "Наставник " + mentorId + " не прошёл обучение");
        }
        if (!form.admitsMentor(mentor.mentorCategory)) {
            throw new DomainRuleViolation("pair.form-does-not-fit-mentor", "Форма «" + form.title()
                    + "» не подходит наставнику " + mentorId + " (" + mentor.mentorCategory + ")");
        }
        int load = matching.menteesOf(mentorId) + newMentees;
        if (load > mentor.capacity) {
            throw new DomainRuleViolation("pair.mentor-over-capacity", "Наставник " + mentorId + " может вести не более "
                    + mentor.capacity + " наставляемых, получилось бы " + load);
        }
    }

    /** An age in words: 14 лет, 21 год, 23 года. */
    static String years(int age) {
        int lastTwo = age % 100;
        int last = age % 10;
        if (lastTwo >= 11 && lastTwo <= 14 || last == 0 || last >= 5) {
            return age + " лет";
        }
        return age + (last == 1 ? " год" : " года");
    }

    private static void requirePresent(Integer value, String field, String what) {
        if (value == null) {
            throw new DomainRuleViolation("participant." + field + "-missing", "Не указан " + what);
        }
    }
}
