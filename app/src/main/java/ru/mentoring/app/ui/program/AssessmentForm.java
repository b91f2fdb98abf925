package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A mentee's assessment as typed, one parameter and its score (0–100) a line, as «Мотивация = 60»: the form
 * «Входная оценка» on the participant's page, and «Итоговая оценка» on the closing page, compared with the first.
 * The first names its mentee in the address; the final one has the mentee chosen in the form, which its group of
 * checks requires.
 */
public class AssessmentForm {

    /** The checks of an assessment whose mentee is chosen in the form (the final one). */
    interface ChosenMentee {
    }

    @NotNull(groups = ChosenMentee.class, message = "{validation.required}")
    private UUID personId;

    @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size}")
    private String scores;

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public String getScores() {
        return scores;
    }

    public void setScores(String scores) {
        this.scores = scores;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
