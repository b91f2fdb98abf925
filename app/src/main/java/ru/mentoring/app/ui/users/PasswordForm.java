package ru.mentoring.app.ui.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The form «Смена пароля»: the password now, and the new one twice.
 */
public class PasswordForm {

    @NotBlank(message = "{validation.required}")
    private String current;

    @NotBlank(message = "{validation.required}")
    @Size(min = 10, max = 72, message = "{users.password.size}")
    private String password;

    @NotBlank(message = "{validation.required}")
    private String repeated;

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
