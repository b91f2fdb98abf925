package ru.mentoring.app.digest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * The form «Сводка по почте»: the address the daily digest goes to (blank: none, and the one given before is
 * erased from the register) and whether it goes at all.
 */
public class DigestForm {

    @Email(message = "{validation.email}")
    @Size(max = 200, message = "{validation.size}")
    private String email;

    private boolean enabled = true;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
