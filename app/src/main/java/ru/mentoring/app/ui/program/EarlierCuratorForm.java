package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The form «Куратор прежней программы»: a person who already curated a program of the same school, appointed
 * by a new order without being registered again.
 */
public class EarlierCuratorForm {

    @NotBlank(message = "{preparation.curator.earlier.required}")
    @Pattern(regexp = ProgramForm.UUID_PATTERN, message = "{preparation.curator.earlier.required}")
    private String personId;

    @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size}")
    private String orderNumber;

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate orderDate;

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }
}
