package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The form «Групповая встреча» of mentors and mentees that opens matching.
 */
public class GroupMeetingForm {

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positiveOrZero}")
    private Integer mentorsPresent;

    @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positiveOrZero}")
    private Integer menteesPresent;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getMentorsPresent() {
        return mentorsPresent;
    }

    public void setMentorsPresent(Integer mentorsPresent) {
        this.mentorsPresent = mentorsPresent;
    }

    public Integer getMenteesPresent() {
        return menteesPresent;
    }

    public void setMenteesPresent(Integer menteesPresent) {
        this.menteesPresent = menteesPresent;
    }
}
