package ru.mentoring.command.program;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.ErasePersonalData;
import ru.mentoring.api.people.ErasureGround;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.ConsentGiver;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.EnrollMentor;
import ru.mentoring.api.program.EnrollParticipants;
import ru.mentoring.api.program.GiveConsent;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.MentorCategory;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RequestSource;
import ru.mentoring.command.common.DomainRuleViolation;
import ru.mentoring.command.common.table.Table;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * A class list into a program's base: every row checked first and every bad one listed (nothing imported unless all
 * are good); people the register already has — the same names and birth date, not erased — recognised and enrolled
 * as themselves rather than registered twice; the others registered one by one; then the whole list enrolled with
 * its consents in one command ({@link EnrollParticipants}), so that a refusal there leaves nothing enrolled — and
 * the people registered for it are erased again, their purpose gone. The source of each mentee's request is taken
 * as the mentee's own ({@link RequestSource#SELF}).
 */
@Service
public class ClassListImport {

    private static final Logger LOG = LoggerFactory.getLogger(ClassListImport.class);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final GuardianConsentAges guardianAges;
    private final Clock clock;

    ClassListImport(CommandGateway commands, JdbcClient jdbc, GuardianConsentAges guardianAges, Clock clock) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.guardianAges = guardianAges;
        this.clock = clock;
    }

    /** What importing the table would do: its participants, whom the register knows, the rows rejected. */
    public Preview preview(ProgramId program, ClassList.Base base, Table table) {
        ClassList.Result read = ClassList.read(table, base, today(), guardianAges.of(program));
        Map<Integer, PersonId> known = new LinkedHashMap<>();
        // one query for the whole list: everyone not erased born on one of its dates, matched by name here
        Map<String, PersonId> register = new HashMap<>();
        jdbc.sql("""
                        SELECT person_id, last_name, first_name, middle_name, birth_date FROM person_register
                         WHERE erased_at IS NULL AND birth_date = ANY (?)
                         ORDER BY registered_at DESC, person_id DESC""")
                .param(read.entries().stream().map(ClassList.Entry::birthDate).distinct()
                        .map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
                .query((row, number) -> register.put(key(row.getString("last_name"), row.getString("first_name"),
                                row.getString("middle_name"), row.getObject("birth_date", LocalDate.class)),
                        new PersonId(row.getObject("person_id", UUID.class))))
                .list();
        for (ClassList.Entry entry : read.entries()) {
            PersonId person = register.get(key(entry.lastName(), entry.firstName(), entry.middleName(),
                    entry.birthDate()));
            if (person != null) {
                known.put(entry.line(), person);
            }
        }
        return new Preview(read.entries(), known, read.rejections());
    }

    /**
     * Imports the table, telling {@code progress} how many rows are done as they are.
     *
     * @throws Rejected when a row is bad, or the program refuses one; nothing is then imported
     */
    public Outcome run(ProgramId program, ClassList.Base base, Table table, MetaData origin, IntConsumer progress) {
        Preview preview = preview(program, base, table);
        if (!preview.rejections().isEmpty()) {
            throw new Rejected(preview.rejections());
        }
        LocalDate today = today();
        Map<Integer, PersonId> people = new LinkedHashMap<>();
        List<PersonId> registered = new ArrayList<>();
        List<EnrollMentee> mentees = new ArrayList<>();
        List<EnrollMentor> mentors = new ArrayList<>();
        List<GiveConsent> consents = new ArrayList<>();
        GuardianConsentAge guardianAge = guardianAges.of(program);
        int done = 0;
        try {
            for (ClassList.Entry entry : preview.entries()) {
                PersonId person = preview.known().get(entry.line());
                if (person == null) {
                    person = new PersonId(UUID.randomUUID());
                    commands.sendAndWait(new RegisterPerson(person, entry.lastName(), entry.firstName(),
                            entry.middleName(), entry.birthDate(), entry.email(), entry.phone()), origin);
                    registered.add(person);
                }
                people.put(entry.line(), person);
                if (base == ClassList.Base.MENTEES) {
                    mentees.add(new EnrollMentee(program, person, MenteeCategory.valueOf(entry.category()),
                            entry.age(), entry.experienceYears(), entry.grade(), entry.text(), RequestSource.SELF,
                            today));
                } else {
                    mentors.add(new EnrollMentor(program, person, MentorCategory.valueOf(entry.category()),
                            entry.age(), entry.experienceYears(), entry.text(), entry.capacity(), entry.enterprise(),
                            today));
                }
                if (entry.consentDate() != null) {
                    consents.add(new GiveConsent(program, person, guardianAge.needsRepresentative(entry.age())
                            ? ConsentGiver.LEGAL_REPRESENTATIVE : ConsentGiver.PARTICIPANT, entry.consentDate()));
                }
                progress.accept(++done);
            }
            commands.sendAndWait(new EnrollParticipants(program, mentees, mentors, consents), origin);
        } catch (RuntimeException e) {
            eraseAgain(registered, origin);
            if (e instanceof DomainRuleViolation refused) {
                throw new Rejected(List.of(new ClassList.Rejection(lineOf(refused.getMessage(), people),
                        refused.getMessage())));
            }
            throw e;
        }
        return new Outcome(preview.entries().size(), registered.size(), preview.known().size(), people);
    }

    /** The people registered for a list that was not enrolled have no purpose left in the register. */
    private void eraseAgain(List<PersonId> registered, MetaData origin) {
        for (PersonId person : registered) {
            try {
                commands.sendAndWait(new ErasePersonalData(person, ErasureGround.PURPOSE_ACHIEVED), origin);
            } catch (RuntimeException e) {
                LOG.error("A person registered for a class list that was not imported could not be erased: {}",
                        person, e);
            }
        }
    }

    /** The line of the person a refusal names, or 1. */
    private static int lineOf(String message, Map<Integer, PersonId> people) {
        return people.entrySet().stream().filter(entry -> message.contains(entry.getValue().toString()))
                .map(Map.Entry::getKey).findFirst().orElse(1);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Moscow")));
    }

    /** A person's names and birth date as recognition compares them: case and ё/е aside; the earliest wins. */
    private static String key(String last, String first, String middle, LocalDate birthDate) {
        return String.join("|", folded(last), folded(first), folded(middle), String.valueOf(birthDate));
    }

    private static String folded(String name) {
        return name == null ? "" : name.strip().toLowerCase(RUSSIAN).replace('ё', 'е');
    }

    /** The list read, by line the people the register already has, and the rows rejected. */
    public record Preview(List<ClassList.Entry> entries, Map<Integer, PersonId> known,
                          List<ClassList.Rejection> rejections) {
    }

    /** What was imported: rows, people registered, people recognised, and each row's person. */
    public record Outcome(int imported, int registered, int recognised, Map<Integer, PersonId> people) {
    }

    /** Nothing was imported: these rows are bad. */
    public static class Rejected extends RuntimeException {

        private final transient List<ClassList.Rejection> rows;

        Rejected(List<ClassList.Rejection> rows) {
            super("Ничего не импортировано: отклонено строк — " + rows.size(), null, false, false);
            this.rows = List.copyOf(rows);
        }

        public List<ClassList.Rejection> rows() {
            return rows;
        }
    }
}
