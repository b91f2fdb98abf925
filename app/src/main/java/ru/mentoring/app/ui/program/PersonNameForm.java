package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.api.people.PersonalData;

/**
 * A person's name as a form takes it for the person register: surname and name, patronymic if any. Surname and
 * name are required where the form brings a new person in ({@link NewPerson}): an order's form asks for them only
 * when the order appoints someone not yet registered.
 */
public class PersonNameForm {

    /** The checks of a form that puts a new person into the register. */
    public interface NewPerson {
    }

    @NotBlank(groups = NewPerson.class, message = "{validation.required}")
    @Size(max = 100, message = "{validation.size}")
    private String lastName;

    @NotBlank(groups = NewPerson.class, message = "{validation.required}")
    @Size(max = 100, message = "{validation.size}")
    private String firstName;

    @Size(max = 100, message = "{validation.size}")
    private String middleName;

    /** The person's register entry as typed: their name only. */
    PersonalData personalData() {
        return new PersonalData(lastName, firstName, middleName, null, null, null);
    }

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
