package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.format.annotation.DateTimeFormat;
import ru.mentoring.api.program.InformingEventKind;

import java.time.LocalDate;

/**
 * The form «Информирование»: a council, meeting, class hour or publication about the program.
 */
public class InformingForm {

    @NotNull(message = "{validation.required}")
    private InformingEventKind kind;

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positiveOrZero}")
    private Integer attendance;

    public InformingEventKind getKind() {
        return kind;
    }

    public void setKind(InformingEventKind kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public void setAttendance(Integer attendance) {
        this.attendance = attendance;
    }
}
