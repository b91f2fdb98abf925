package ru.mentoring.app.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import ru.mentoring.api.common.ActorRole;

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
                        SELECT username, password_hash, role, organization, full_name, enabled
                          FROM ui_user WHERE username = ?""",
                        (row, n) -> new UiUser(row.getString("username"), row.getString("password_hash"),
                                ActorRole.valueOf(row.getString("role")), row.getString("organization"),
                                row.getString("full_name"), row.getBoolean("enabled")),
                        username)
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
                        INSERT INTO ui_user (username, password_hash, role, organization, full_name, enabled)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                user.getUsername(), user.getPassword(), user.getRole().name(), user.getOrganization(),
                user.getFullName(), user.isEnabled());
    }
}
