package ru.mentoring.app.ui.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A form of one text as typed: a new section's title, or the reason an amendment of the plan is opened.
 */
public class TextForm {

    @NotBlank(message = "{roadmap.form.text.required}")
    @Size(max = 500, message = "{roadmap.form.text.size}")
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
