package ru.mentoring.app.ui.audit;

/**
 * The moment typed for «Состояние на дату» (Moscow time; the state includes all of that second), kept as typed
 * so that a refused moment shows it again.
 */
public class AsOfForm {

    private String at;

    public String getAt() {
        return at;
    }

    public void setAt(String at) {
        this.at = at;
    }
}
