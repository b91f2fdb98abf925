package ru.mentoring.app.ui.pairs;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The form «Расформировать пару»: the reason, the day, and the curator's confirmation, since the step cannot be
 * undone and sends the mentees back to the unmatched list.
 */
public class PairDissolutionForm {

    @NotBlank
    @Size(max = 1000)
    private String reason;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dissolvedOn;

    @AssertTrue
    private boolean confirmed;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    public void setDissolvedOn(LocalDate dissolvedOn) {
        this.dissolvedOn = dissolvedOn;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
