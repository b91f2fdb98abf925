package ru.mentoring.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator created when no one can sign in to the admin UI yet ({@code mentoring.ui.first-admin.username}
 * / {@code .password}). No password is shipped: without one, a random one is made and printed once in the log.
 */
@ConfigurationProperties("mentoring.ui.first-admin")
public record FirstAdministratorProperties(String username, String password) {

    public FirstAdministratorProperties {
        username = username == null || username.isBlank() ? "admin" : username.strip();
        password = password == null || password.isBlank() ? null : password;
    }
}
