package ru.mentoring.query.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.PersonId;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the names of the people a history mentions from {@code person_register} in one query.
 */
@Component
class PersonRegisterNames {

    private final JdbcClient jdbc;

    PersonRegisterNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Names of the given people; a person missing from the register reads as their id. */
    PersonNames of(Collection<PersonId> people) {
        Map<PersonId, String> names = new HashMap<>();
        if (!people.isEmpty()) {
            jdbc.sql("""
                            SELECT person_id, erased_at IS NOT NULL AS erased,
                                   concat_ws(' ', last_name, first_name, middle_name) AS name
                              FROM person_register WHERE person_id = ANY (?)""")
                    .param(people.stream().map(PersonId::value).distinct().toArray(UUID[]::new))
                    .query((row, number) -> Map.entry(new PersonId(row.getObject("person_id", UUID.class)),
                            row.getBoolean("erased") ? PersonNames.ERASED : row.getString("name")))
                    .list()
                    .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        }
        return person -> names.getOrDefault(person, person.toString());
    }
}
