package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The form «Обучение наставников»: a session, its topic and the mentors who attended.
 */
public class TrainingForm {

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size}")
    private String topic;

    @NotEmpty(message = "{validation.chooseOne}")
    private Set<UUID> attended = new LinkedHashSet<>();

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Set<UUID> getAttended() {
        return attended;
    }

    public void setAttended(Set<UUID> attended) {
        this.attended = attended;
    }
}
