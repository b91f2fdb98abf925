package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The form «Собеседование» of a mentor candidate.
 */
public class InterviewForm {

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private boolean withPsychologist;

    private boolean passed;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public boolean isWithPsychologist() {
        return withPsychologist;
    }

    public void setWithPsychologist(boolean withPsychologist) {
        this.withPsychologist = withPsychologist;
    }

    public boolean isPassed() {
        return passed;
    }

    public void setPassed(boolean passed) {
        this.passed = passed;
    }
}
