package ru.mentoring.app.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import ru.mentoring.api.common.ActorRole;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The admin UI's users in PostgreSQL (table {@code ui_user}).
 */
@Service
public class UiUsers implements UserDetailsService {

    private final JdbcTemplate jdbc;

    public UiUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UiUser loadUserByUsername(String username) {
        return jdbc.query("""
                        SELECT username, password_hash, role, region, municipality, organization, full_name, enabled,
                               coalesce(locked_until > now(), false) AS locked
                          FROM ui_user WHERE username = ?""", UiUsers::user, username)
                .stream().findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("Нет пользователя «" + username + "»"));
    }

    /** Whether anyone at all may sign in yet. */
    public boolean none() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM ui_user", Integer.class);
        return count == null || count == 0;
    }

    /** Adds a user whose password is already hashed. */
    public void add(UiUser user) {
        jdbc.update("""
                        INSERT INTO ui_user (username, password_hash, role, region, municipality, organization,
                                             full_name, enabled)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                user.getUsername(), user.getPassword(), user.getRole().name(), user.getRegion(),
                user.getMunicipality(), user.getOrganization(), user.getFullName(), user.isEnabled());
    }

    /** Everyone who may sign in, or could, by role and then login. */
    public List<UiUser> all() {
        return jdbc.query("""
                        SELECT username, password_hash, role, region, municipality, organization, full_name, enabled,
                               coalesce(locked_until > now(), false) AS locked
                          FROM ui_user ORDER BY role, username""",
                UiUsers::user);
    }

    /** Sets a user's own new password (already hashed). */
    public void changePassword(String username, String passwordHash) {
        jdbc.update("UPDATE ui_user SET password_hash = ? WHERE username = ?", passwordHash, username);
    }

    /** Lets a user sign in again, or stops them; their past commands keep their name. */
    public void enable(String username, boolean enabled) {
        jdbc.update("UPDATE ui_user SET enabled = ? WHERE username = ?", enabled, username);
    }

    private static UiUser user(ResultSet row, int number) throws SQLException {
        return new UiUser(row.getString("username"), row.getString("password_hash"),
                ActorRole.valueOf(row.getString("role")), row.getString("region"), row.getString("municipality"),
                row.getString("organization"), row.getString("full_name"), row.getBoolean("enabled"),
                row.getBoolean("locked"));
    }
}
