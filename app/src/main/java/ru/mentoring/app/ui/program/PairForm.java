package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.MentoringKind;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The form «Новая пара или группа»: who mentors whom, in which form, format and kind.
 */
public class PairForm {

    @NotNull(message = "{validation.required}")
    private MentoringForm form;

    @NotNull(message = "{validation.required}")
    private InteractionFormat format = InteractionFormat.INDIVIDUAL;

    private MentoringKind kind;

    @NotEmpty(message = "{validation.chooseOne}")
    private Set<UUID> mentors = new LinkedHashSet<>();

    @NotEmpty(message = "{validation.chooseOne}")
    private Set<UUID> mentees = new LinkedHashSet<>();

    public MentoringForm getForm() {
        return form;
    }

    public void setForm(MentoringForm form) {
        this.form = form;
    }

    public InteractionFormat getFormat() {
        return format;
    }

    public void setFormat(InteractionFormat format) {
        this.format = format;
    }

    public MentoringKind getKind() {
        return kind;
    }

    public void setKind(MentoringKind kind) {
        this.kind = kind;
    }

    public Set<UUID> getMentors() {
        return mentors;
    }

    public void setMentors(Set<UUID> mentors) {
        this.mentors = mentors;
    }

    public Set<UUID> getMentees() {
        return mentees;
    }

    public void setMentees(Set<UUID> mentees) {
        this.mentees = mentees;
    }
}
