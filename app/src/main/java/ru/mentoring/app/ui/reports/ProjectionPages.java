package ru.mentoring.app.ui.reports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.query.rebuild.ProjectionRebuilds;
import ru.mentoring.query.rebuild.ProjectionStatus;

import java.util.List;

/**
 * «Проекции»: for the regional administrator only (the security configuration lets no one else here), each read model with how far it has read the event store, and
 * the button that rebuilds it from the events; a rebuild's progress shows live until it is done.
 */
@Controller
@RequestMapping("/ui/admin/projections")
class ProjectionPages {

    private final ProjectionRebuilds rebuilds;

    ProjectionPages(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    String projections(Model model) {
        return status(model, "projections");
    }

    /** The table alone, which the page fetches every second while a rebuild runs. */
    @GetMapping("/status")
    String statusTable(Model model) {
        return status(model, "projections :: status");
    }

    @PostMapping("/{name}/rebuild")
    String rebuild(@PathVariable String name, RedirectAttributes redirect) {
        // rebuilding empties a read model for a while: only the regional administrator gets here (security)
        if (!rebuilds.projections().contains(name)) {
            redirect.addFlashAttribute("refusedCode", "report.projections.unknown");
        } else {
            rebuilds.rebuild(name);
            redirect.addFlashAttribute("notice", "report.projections.started");
            redirect.addFlashAttribute("noticeArg", name);
        }
        return "redirect:/ui/admin/projections";
    }

    private String status(Model model, String view) {
        List<ProjectionStatus> statuses = rebuilds.statuses();
        model.addAttribute("statuses", statuses);
        // a restarted processor reports nothing until it claims its segments: it is not done before it caught up
        model.addAttribute("running", statuses.stream()
                .anyMatch(status -> status.replaying() || status.percent() < 100));
        return view;
    }
}
