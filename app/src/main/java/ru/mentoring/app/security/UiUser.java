package ru.mentoring.app.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A person signed in to the admin UI, as stored in {@code ui_user}: the role and organization they act in
 * travel with every command they send.
 */
public final class UiUser implements UserDetails {

    private final String username;
    private final String passwordHash;
    private final ActorRole role;
    private final String organization;
    private final String fullName;
    private final boolean enabled;

    public UiUser(String username, String passwordHash, ActorRole role, String organization, String fullName,
                  boolean enabled) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.organization = organization;
        this.fullName = fullName;
        this.enabled = enabled;
    }

    /** The user as the actor of a command: the user id is the login. */
    public Actor actor() {
        return new Actor(username, role, organization);
    }

    public ActorRole getRole() {
        return role;
    }

    public String getOrganization() {
        return organization;
    }

    public String getFullName() {
        return fullName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The same login is the same user, as Spring Security's session registry needs to tell whose sessions. */
    @Override
    public boolean equals(Object other) {
        return other instanceof UiUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
