package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotEmpty;
import ru.mentoring.api.program.MentoringForm;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The form «Формы наставничества»: the forms the program runs, all at once.
 */
public class FormsForm {

    @NotEmpty(message = "{validation.chooseOne}")
    private Set<MentoringForm> forms = new LinkedHashSet<>();

    public Set<MentoringForm> getForms() {
        return forms;
    }

    public void setForms(Set<MentoringForm> forms) {
        this.forms = forms;
    }
}
