package ru.mentoring.app.ui.roadmap;

import org.springframework.validation.BindingResult;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates of the road-map forms: typed in {@code <input type="date">} (ISO text), bound as text so that a bad
 * value stays on the page.
 */
final class FormDates {

    static final String ISO_OR_EMPTY = "\\s*|\\s*\\d{4}-\\d{2}-\\d{2}\\s*";

    private FormDates() {
    }

    /**
     * The date of a field already checked for its form, or {@code null} when it is empty or no real day; then
     * the field is marked invalid (unless it already is).
     */
    static LocalDate parse(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "roadmap.form.date.invalid");
            return null;
        }
    }
}
