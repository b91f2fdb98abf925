package ru.mentoring.app.ui.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the form «Новая организация» was filled in with, kept as typed so that a refused form shows it again.
 * The messages of its checks are in {@code i18n/organizations.properties} under Spring's codes
 * ({@code NotBlank.organizationForm.name}, …).
 */
public class OrganizationForm {

    @NotBlank
    @Size(max = 300)
    private String name;

    @NotBlank
    @Size(max = 200)
    private String municipality;

    @NotBlank
    @Size(max = 200)
    private String region;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
