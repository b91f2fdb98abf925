package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import ru.mentoring.api.program.ProgramDocumentKind;

import java.time.LocalDate;

/**
 * The form «Документ программы»: an order or regulation the program rests on.
 */
public class DocumentForm {

    @NotNull(message = "{validation.required}")
    private ProgramDocumentKind kind;

    @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size}")
    private String number;

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @Size(max = 300, message = "{validation.size}")
    private String title;

    public ProgramDocumentKind getKind() {
        return kind;
    }

    public void setKind(ProgramDocumentKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

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
}
