package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The form «Куратор прежней программы»: a person who already curated a program of the same school, appointed
 * by a new order without being registered again.
 */
public class EarlierCuratorForm extends OrderForm {

    @NotBlank(message = "{preparation.curator.earlier.required}")
    @Pattern(regexp = ProgramForm.UUID_PATTERN, message = "{preparation.curator.earlier.required}")
    private String personId;

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }
}
