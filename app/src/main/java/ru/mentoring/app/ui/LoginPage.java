package ru.mentoring.app.ui;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * The sign-in page of the admin UI, whose posts Spring Security checks, and the page of a refused access.
 */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** What a signed-in user sees where their role does not let them. */
    @RequestMapping("/ui/forbidden")
    ModelAndView forbidden() {
        ModelAndView page = new ModelAndView("error-page", Map.of("message", "error.forbidden"));
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }

    /** What a signed-in user sees for something outside their territory: the same page as for what does not exist. */
    @RequestMapping("/ui/not-found")
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error-page", Map.of("message", "error.notFound"));
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
