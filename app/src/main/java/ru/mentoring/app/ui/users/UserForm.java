package ru.mentoring.app.ui.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.mentoring.api.common.ActorRole;

/**
 * The form «Новый пользователь»: a login, the person's name, the role they act in, the organization they act for
 * (none for regional staff) and a first password they are told in person.
 */
public class UserForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size}")
    @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{users.username.pattern}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.size}")
    private String fullName;

    @NotNull(message = "{validation.required}")
    private ActorRole role = ActorRole.ORGANIZATION_CURATOR;

    @Size(max = 300, message = "{validation.size}")
    private String region;

    @Size(max = 300, message = "{validation.size}")
    private String municipality;

    @Size(max = 200, message = "{validation.size}")
    private String organization;

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    @NotBlank(message = "{validation.required}")
    @Size(min = 10, max = 72, message = "{users.password.size}")
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public ActorRole getRole() {
        return role;
    }

    public void setRole(ActorRole role) {
        this.role = role;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
