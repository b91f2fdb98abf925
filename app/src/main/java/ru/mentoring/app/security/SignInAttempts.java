package ru.mentoring.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Objects;

/**
 * Locks a user's account for {@code mentoring.ui.lockout.duration} (15 minutes) after
 * {@code mentoring.ui.lockout.attempts} (5) failed sign-ins in a row; a successful one starts the count again.
 * Failed sign-ins are logged with the login, never with what was typed as the password.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final JdbcClient jdbc;
    private final int attempts;
    private final Duration lockout;

    SignInAttempts(JdbcClient jdbc, @Value("${mentoring.ui.lockout.attempts:5}") int attempts,
                   @Value("${mentoring.ui.lockout.duration:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.attempts = attempts;
        this.lockout = lockout;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        String login = event.getAuthentication().getName();
        log.warn("Admin UI: failed sign-in as '{}'", login);
        // a lock that has run out starts the count again
        jdbc.sql("""
                        UPDATE ui_user u
                           SET failed_sign_ins = c.failures,
                               locked_until = CASE WHEN c.failures >= :attempts
                                                   THEN now() + make_interval(secs => :seconds) END
                          FROM (SELECT username,
                                       CASE WHEN locked_until <= now() THEN 1 ELSE failed_sign_ins + 1 END AS failures
                                  FROM ui_user WHERE username = :login) c
                         WHERE u.username = c.username
                     RETURNING u.locked_until""")
                .param("attempts", attempts)
                .param("seconds", lockout.toSeconds())
                .param("login", login)
                .query((row, number) -> row.getTimestamp("locked_until"))
                .list().stream()
                .filter(Objects::nonNull)
                .findFirst()
                .ifPresent(lockedUntil -> log.warn("Admin UI: the account '{}' is locked until {} after {} failed "
                        + "sign-ins in a row", login, lockedUntil.toInstant(), attempts));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof UiUser user) {
            jdbc.sql("UPDATE ui_user SET failed_sign_ins = 0, locked_until = NULL WHERE username = ?")
                    .param(user.getUsername())
                    .update();
        }
    }
}
