package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person's name as a form takes it for the person register: surname and name required, patronymic if any.
 */
public class PersonNameForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size}")
    private String lastName;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size}")
    private String firstName;

    @Size(max = 100, message = "{validation.size}")
    private String middleName;

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
}
