package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The form «Куратор программы»: who the head's order appoints, by name, and the order. It declares the order's
 * two fields itself rather than extending {@link OrderForm}: it is already a {@link PersonNameForm}, and its
 * template binds all five as flat fields ({@code lastName}, {@code orderNumber}), which a nested order would rename.
 */
public class CuratorForm extends PersonNameForm {

    @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size}")
    private String orderNumber;

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate orderDate;

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
