package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The form «Куратор программы»: who the head's order appoints, by name, and the order.
 */
public class CuratorForm {

    @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size}")
    private String lastName;

    @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size}")
    private String firstName;

    @Size(max = 100, message = "{validation.size}")
    private String middleName;

    @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size}")
    private String orderNumber;

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate orderDate;

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
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
