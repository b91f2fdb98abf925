package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.ProgramCreated;

/**
 * What the form «Новая программа» was filled in with, kept as typed so that a refused form shows it again.
 * The messages of its checks are in {@code messages.properties} under the codes Spring gives them
 * ({@code NotBlank.programForm.title}, …).
 */
public class ProgramForm {

    static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @NotBlank
    @Pattern(regexp = UUID_PATTERN)
    private String organizationId;

    @NotBlank
    @Pattern(regexp = "\\s*" + AcademicPeriod.PATTERN + "\\s*")
    private String period;

    @NotBlank
    @Size(max = ProgramCreated.TITLE_MAX_LENGTH)
    private String title;

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
