package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A head's order as a form takes it, by number and date, with whom it appoints where it appoints someone: the
 * order that fixes every proposed pair («Приказ о закреплении пар и групп»), and the order that appoints the
 * program's curator — a new person, by name («Куратор программы», the checks of {@link NewPerson}), or someone
 * who curated an earlier program of the school, chosen from a list ({@link EarlierCurator}). The templates bind
 * every field flat ({@code lastName}, {@code personId}, {@code orderNumber}).
 */
public class OrderForm extends PersonNameForm {

    /** The checks of an order that appoints an earlier curator again, without a new register entry. */
    interface EarlierCurator {
    }

    @NotBlank(groups = EarlierCurator.class, message = "{preparation.curator.earlier.required}")
    @Pattern(groups = EarlierCurator.class, regexp = ProgramForm.UUID_PATTERN,
            message = "{preparation.curator.earlier.required}")
    private String personId;

    @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size}")
    private String orderNumber;

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate orderDate;

    /** An empty form dated the given day. */
    static OrderForm dated(LocalDate day) {
        OrderForm form = new OrderForm();
        form.setOrderDate(day);
        return form;
    }

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
