package ru.mentoring.app.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import ru.mentoring.app.security.access.RefusalAnswers;

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

    /** What a signed-in user sees where their role does not let them, or where a form had gone stale. */
    @RequestMapping("/ui/forbidden")
    ModelAndView forbidden(HttpServletRequest request) {
        Object message = request.getAttribute(RefusalAnswers.FORBIDDEN_MESSAGE);
        ModelAndView page = new ModelAndView("error-page",
                Map.of("message", message == null ? "error.forbidden" : message));
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }

    /**
     * What a signed-in user sees for something outside their territory: the same page as for what does not exist,
     * naming the region, municipality or organization a list was asked for when that is what was not found.
     */
    @RequestMapping("/ui/not-found")
    ModelAndView notFound(HttpServletRequest request) {
        Object detail = request.getAttribute(RefusalAnswers.NOT_FOUND_DETAIL);
        ModelAndView page = new ModelAndView("error-page", detail == null ? Map.of("message", "error.notFound")
                : Map.of("message", "error.notFound.named", "arguments", detail));
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
