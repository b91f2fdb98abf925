package ru.mentoring.app.ui.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.api.common.ActorRole;

/**
 * The form «Новый клиент API»: what the client is, the role it acts in and its territory.
 */
public class ApiClientForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.size}")
    private String name;

    @NotNull(message = "{validation.required}")
    private ActorRole role = ActorRole.REPORTING_SERVICE;

    @Size(max = 300, message = "{validation.size}")
    private String region;

    @Size(max = 300, message = "{validation.size}")
    private String municipality;

    private String organization;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ActorRole getRole() {
        return role;
    }

    public void setRole(ActorRole role) {
        this.role = role;
    }

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

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }
}
