package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The form «Заключительное мероприятие»: the closing event of all pairs and who was present.
 */
public class FinalEventForm {

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size}")
    private String title;

    private Set<UUID> present = new LinkedHashSet<>();

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Set<UUID> getPresent() {
        return present;
    }

    public void setPresent(Set<UUID> present) {
        this.present = present;
    }
}
