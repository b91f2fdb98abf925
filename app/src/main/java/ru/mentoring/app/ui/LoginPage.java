package ru.mentoring.app.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page of the admin UI; Spring Security checks what it posts.
 */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
