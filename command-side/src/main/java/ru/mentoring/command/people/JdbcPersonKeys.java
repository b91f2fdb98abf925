package ru.mentoring.command.people;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.PersonId;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * People's keys in the table {@code personal_key}: 32 random bytes each, made the first time a text about the
 * person is stored, in the transaction that stores it. Shredding sets the key to {@code NULL} and keeps the row, so
 * that no new key is ever made for an erased person. Keys are read from the table each time, never kept in memory:
 * once a person is erased, no node opens a text about them again.
 */
@Component
class JdbcPersonKeys implements PersonKeys {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    JdbcPersonKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<List<byte[]>> forSealing(List<PersonId> people) {
        for (PersonId person : people) {
            byte[] key = new byte[KEY_BYTES];
            RANDOM.nextBytes(key);
            jdbc.sql("INSERT INTO personal_key (person_id, secret) VALUES (?, ?) ON CONFLICT (person_id) DO NOTHING")
                    .params(person.value(), key)
                    .update();
        }
        return forOpening(people);
    }

    @Override
    public Optional<List<byte[]>> forOpening(List<PersonId> people) {
        Map<UUID, byte[]> found = new HashMap<>();
        jdbc.sql("SELECT person_id, secret FROM personal_key WHERE person_id = ANY (?) AND secret IS NOT NULL")
                .param(people.stream().map(PersonId::value).toArray(UUID[]::new))
                .query((row, number) -> found.put(row.getObject(1, UUID.class), row.getBytes(2)))
                .list();
        List<byte[]> keys = new ArrayList<>(people.size());
        for (PersonId person : people) {
            byte[] key = found.get(person.value());
            if (key == null) {
                return Optional.empty();
            }
            keys.add(key);
        }
        return Optional.of(keys);
    }

    @Override
    public void shred(PersonId person) {
        jdbc.sql("""
                        INSERT INTO personal_key (person_id, secret, shredded_at) VALUES (?, NULL, now())
                        ON CONFLICT (person_id) DO UPDATE SET secret = NULL, shredded_at = now()""")
                .param(person.value())
                .update();
    }
}
