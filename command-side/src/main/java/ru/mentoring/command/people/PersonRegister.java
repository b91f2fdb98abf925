package ru.mentoring.command.people;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.ErasePersonalData;
import ru.mentoring.api.people.PersonCard;
import ru.mentoring.api.people.PersonRegistered;
import ru.mentoring.api.people.PersonalDataErased;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.command.common.DomainRuleViolation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps people's personal data in a plain table instead of events, so that erasing it is an update of one row
 * and never a rewrite of history; erasure also shreds the person's key, so that every free text about them in the
 * event store becomes unreadable ({@link PersonKeys}). The register still tells the event store that a person was registered or
 * erased — by id only — so that audit histories show it.
 */
@Component
public class PersonRegister {

    private final JdbcClient jdbc;
    private final EventGateway events;
    private final Clock clock;
    private final PersonKeys keys;

    PersonRegister(JdbcClient jdbc, EventGateway events, Clock clock, PersonKeys keys) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.keys = keys;
    }

    @CommandHandler
    void handle(RegisterPerson command) {
        int inserted = jdbc.sql("""
                        INSERT INTO person_register (person_id, last_name, first_name, middle_name, birth_date, email,
                                                     phone, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_id) DO NOTHING""")
                .params(command.personId().value(), command.lastName().strip(), command.firstName().strip(),
                        blankToNull(command.middleName()), command.birthDate(), blankToNull(command.email()),
                        blankToNull(command.phone()), Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw new DomainRuleViolation("person.already-registered", "Человек " + command.personId()
                    + " уже есть в реестре");
        }
        events.publish(new PersonRegistered(command.personId()));
    }

    @CommandHandler
    void handle(ErasePersonalData command) {
        PersonCard card = find(command.personId()).orElseThrow(() -> unknown(command.personId()));
        if (card.erasedAt() != null) {
            throw new DomainRuleViolation("person.already-erased", "Персональные данные уже удалены");
        }
        jdbc.sql("""
                        UPDATE person_register
                           SET last_name = NULL, first_name = NULL, middle_name = NULL, birth_date = NULL,
                               email = NULL, phone = NULL, erased_at = ?, erasure_ground = ?
                         WHERE person_id = ?""")
                .params(Timestamp.from(clock.instant()), command.ground().name(), command.personId().value())
                .update();
        keys.shred(command.personId());
        events.publish(new PersonalDataErased(command.personId(), command.ground()));
    }

    public Optional<PersonCard> find(PersonId personId) {
        return jdbc.sql("SELECT * FROM person_register WHERE person_id = ?").param(personId.value())
                .query(PersonRegister::card).optional();
    }

    /** Full names of the given people, in the given order; unknown ids are left out. */
    public Map<UUID, String> names(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = people.stream().map(PersonId::value).toList();
        Map<UUID, String> found = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM person_register WHERE person_id = ANY (?)")
                .param(ids.toArray(UUID[]::new))
                .query(PersonRegister::card)
                .list()
                .forEach(card -> found.put(card.personId(), card.fullName()));
        Map<UUID, String> ordered = new LinkedHashMap<>();
        ids.forEach(id -> Optional.ofNullable(found.get(id)).ifPresent(name -> ordered.put(id, name)));
        return ordered;
    }

    static DomainRuleViolation unknown(PersonId personId) {
        return new DomainRuleViolation("person.unknown", "Человека " + personId + " нет в реестре");
    }

    private static PersonCard card(ResultSet row, int rowNumber) throws SQLException {
        Timestamp erased = row.getTimestamp("erased_at");
        return new PersonCard(row.getObject("person_id", UUID.class), row.getString("last_name"),
                row.getString("first_name"), row.getString("middle_name"), row.getObject("birth_date", LocalDate.class),
                row.getString("email"), row.getString("phone"), erased == null ? null : erased.toInstant());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
