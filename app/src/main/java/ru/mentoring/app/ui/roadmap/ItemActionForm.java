package ru.mentoring.app.ui.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the work on one item was recorded with, as typed: the day (started, done or cancelled on), the evidence
 * of completion, the reason of a cancellation, the due date of the occurrence done. Which fields an action
 * needs is said by its group of checks.
 */
public class ItemActionForm {

    /** The checks of cancelling an item. */
    interface Cancel {
    }

    /** The checks of completing one occurrence of a recurring item. */
    interface Occurrence {
    }

    @NotBlank(message = "{roadmap.form.date.required}")
    @Pattern(regexp = FormDates.ISO_OR_EMPTY, message = "{roadmap.form.date.invalid}")
    private String on;

    @Size(max = 500, message = "{roadmap.form.text.size}")
    private String documentReference;

    @Size(max = 500, message = "{roadmap.form.text.size}")
    private String indicatorValue;

    @NotBlank(groups = Cancel.class, message = "{roadmap.form.reason.required}")
    @Size(max = 1000, groups = Cancel.class, message = "{roadmap.form.reason.size}")
    private String reason;

    @NotBlank(groups = Occurrence.class, message = "{roadmap.form.dueDate.required}")
    @Pattern(regexp = FormDates.ISO_OR_EMPTY, groups = Occurrence.class, message = "{roadmap.form.date.invalid}")
    private String dueDate;

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(String documentReference) {
        this.documentReference = documentReference;
    }

    public String getIndicatorValue() {
        return indicatorValue;
    }

    public void setIndicatorValue(String indicatorValue) {
        this.indicatorValue = indicatorValue;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDueDate() {
        return dueDate;
    }

    public void setDueDate(String dueDate) {
        this.dueDate = dueDate;
    }
}
