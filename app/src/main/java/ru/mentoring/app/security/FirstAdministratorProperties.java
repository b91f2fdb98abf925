package ru.mentoring.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The regional administrator created when no one can sign in to the admin UI yet
 * ({@code mentoring.ui.first-admin.username} / {@code .password}).
 */
@ConfigurationProperties("mentoring.ui.first-admin")
public record FirstAdministratorProperties(String username, String password) {

    /** The shipped password: accepted, but the log asks for it to be changed. */
    public static final String SHIPPED_PASSWORD = "change-me";

    public FirstAdministratorProperties {
        username = username == null || username.isBlank() ? "admin" : username.strip();
        password = password == null || password.isBlank() ? SHIPPED_PASSWORD : password;
    }
}
