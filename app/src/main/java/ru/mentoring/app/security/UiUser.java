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
    private final String region;
    private final String municipality;
    private final String organization;
    private final String fullName;
    private final boolean enabled;
    private final boolean locked;

    public UiUser(String username, String passwordHash, ActorRole role, String region, String municipality,
                  String organization, String fullName, boolean enabled, boolean locked) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.region = region;
        this.municipality = municipality;
        this.organization = organization;
        this.fullName = fullName;
        this.enabled = enabled;
        this.locked = locked;
    }

    /** The user as the actor of a command: the user id is the login, the scope the user's territory. */
    public Actor actor() {
        return new Actor(username, role, region, municipality, organization);
    }

    public String getRegion() {
        return region;
    }

    public String getMunicipality() {
        return municipality;
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

    /** Locked for a while after too many failed sign-ins ({@link SignInAttempts}). */
    @Override
    public boolean isAccountNonLocked() {
        return !locked;
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
