package ru.mentoring.app.ui.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The order that approves a plan or its amendment (приказ об утверждении): number and date, as typed.
 */
public class ApprovalForm {

    @NotBlank(message = "{roadmap.form.orderNumber.required}")
    @Size(max = 50, message = "{roadmap.form.orderNumber.size}")
    private String orderNumber;

    @NotBlank(message = "{roadmap.form.date.required}")
    @Pattern(regexp = FormDates.ISO_OR_EMPTY, message = "{roadmap.form.date.invalid}")
    private String orderDate;

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(String orderDate) {
        this.orderDate = orderDate;
    }
}
