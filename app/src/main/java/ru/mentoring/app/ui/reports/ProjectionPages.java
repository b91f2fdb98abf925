package ru.mentoring.app.ui.reports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.query.rebuild.ClusterProjections;
import ru.mentoring.query.rebuild.ProjectionRebuilds;
import ru.mentoring.query.rebuild.ProjectionStatus;

import java.util.List;

/**
 * «Проекции»: for the operator only (the security configuration lets no one else here), each read model with how far
 * it has read the event store and which node holds which of its segments, the button that rebuilds it from the events
 * on every node, and the buttons that split a segment or merge it with its sibling; the nodes alive and the requests
 * that wait for them are listed above. A rebuild's progress shows live until it is done.
 */
@Controller
@RequestMapping("/ui/admin/projections")
class ProjectionPages {

    private final ProjectionRebuilds rebuilds;
    private final ClusterProjections cluster;

    ProjectionPages(ProjectionRebuilds rebuilds, ClusterProjections cluster) {
        this.rebuilds = rebuilds;
        this.cluster = cluster;
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

    /** Asks the node that holds the segment to split it in two. */
    @PostMapping("/{name}/segments/{segment}/split")
    String split(@PathVariable String name, @PathVariable int segment, RedirectAttributes redirect) {
        return changeSegment(name, "SPLIT", segment, redirect);
    }

    /** Asks the node that holds the segment to merge it with its sibling. */
    @PostMapping("/{name}/segments/{segment}/merge")
    String merge(@PathVariable String name, @PathVariable int segment, RedirectAttributes redirect) {
        return changeSegment(name, "MERGE", segment, redirect);
    }

    private String changeSegment(String name, String action, int segment, RedirectAttributes redirect) {
        try {
            rebuilds.changeSegment(name, action, segment);
            redirect.addFlashAttribute("notice", "report.projections.segmentAsked");
            redirect.addFlashAttribute("noticeArg", name);
        } catch (IllegalArgumentException unknown) {
            redirect.addFlashAttribute("refusedCode", "report.projections.unknown");
        }
        return "redirect:/ui/admin/projections";
    }

    private String status(Model model, String view) {
        List<ProjectionStatus> statuses = rebuilds.statuses();
        model.addAttribute("statuses", statuses);
        List<ClusterProjections.Request> pending = cluster.pending();
        model.addAttribute("nodes", cluster.nodes());
        model.addAttribute("pending", pending);
        // a restarted processor reports nothing until it claims its segments: it is not done before it caught up
        model.addAttribute("running", statuses.stream()
                .anyMatch(status -> status.replaying() || status.percent() < 100) || !pending.isEmpty());
        return view;
    }
}
