package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import ru.mentoring.api.program.ConsentGiver;

import java.time.LocalDate;

/**
 * The form «Согласие на обработку персональных данных» of one participant.
 */
public class ConsentForm {

    @NotNull(message = "{validation.required}")
    private ConsentGiver givenBy;

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    public ConsentGiver getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(ConsentGiver givenBy) {
        this.givenBy = givenBy;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
