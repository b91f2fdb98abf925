package ru.mentoring.app.digest;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.ErasePersonalData;
import ru.mentoring.api.people.ErasureGround;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.UiCommands;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A user's own digest setting. The address is a contact like any other, so it is kept where contacts are kept and
 * erased: the person register, as the staff member's own record (registered with the account's name when they first
 * give an address, by them), linked from the account ({@code ui_user.person_id}). A new address is a new record, and
 * the one before is erased (its purpose achieved); so is the address taken away. Erasing the record by any other way
 * stops the digest as well.
 */
@Service
public class DigestSubscriptions {

    /** The roles a digest is for. */
    public static final Set<ActorRole> ROLES = EnumSet.of(ActorRole.ORGANIZATION_CURATOR,
            ActorRole.MUNICIPAL_COORDINATOR);

    private final JdbcClient jdbc;
    private final UiCommands commands;

    DigestSubscriptions(JdbcClient jdbc, UiCommands commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    /** The user's setting as it stands. */
    public Setting of(String username) {
        return jdbc.sql("""
                        SELECT u.person_id, u.digest_enabled, p.email, p.erased_at IS NOT NULL AS erased
                          FROM ui_user u LEFT JOIN person_register p ON p.person_id = u.person_id
                         WHERE u.username = ?""")
                .param(username)
                .query((row, number) -> new Setting(row.getObject("person_id", UUID.class),
                        row.getBoolean("digest_enabled"), row.getString("email"), row.getBoolean("erased")))
                .single();
    }

    /**
     * Sets the user's address and switch.
     *
     * @return the refusal of a command, in Russian; empty when saved
     */
    public Optional<String> save(UiUser user, String email, boolean enabled, HttpServletRequest request) {
        Setting now = of(user.getUsername());
        String wanted = email == null || email.isBlank() ? null : email.strip();
        boolean changed = wanted == null ? now.personId() != null && !now.erased()
                : now.email() == null || !now.email().equalsIgnoreCase(wanted);
        if (changed) {
            UUID person = null;
            if (wanted != null) {
                String[] names = names(user.getFullName());
                PersonId id = new PersonId(UUID.randomUUID());
                Optional<String> refused = commands.send(new RegisterPerson(id, names[0], names[1], names[2], null,
                        wanted, null), user, request);
                if (refused.isPresent()) {
                    return refused;
                }
                person = id.value();
            }
            jdbc.sql("UPDATE ui_user SET person_id = ? WHERE username = ?").params(person, user.getUsername())
                    .update();
            if (now.personId() != null && !now.erased()) {
                Optional<String> refused = commands.send(new ErasePersonalData(new PersonId(now.personId()),
                        ErasureGround.PURPOSE_ACHIEVED), user, request);
                if (refused.isPresent()) {
                    return refused;
                }
            }
        }
        jdbc.sql("UPDATE ui_user SET digest_enabled = ? WHERE username = ?").params(enabled, user.getUsername())
                .update();
        return Optional.empty();
    }

    /** The account's name as the register's last, first and middle names. */
    static String[] names(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        String last = words[0];
        String first = words.length > 1 ? words[1] : words[0];
        String middle = words.length > 2 ? String.join(" ", Arrays.copyOfRange(words, 2, words.length)) : null;
        return new String[]{last, first, middle};
    }

    /** A user's digest setting: the register record with their address, its address, whether it was erased. */
    public record Setting(UUID personId, boolean enabled, String email, boolean erased) {
    }
}
