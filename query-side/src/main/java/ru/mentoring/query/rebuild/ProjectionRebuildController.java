package ru.mentoring.query.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.query.web.QueryProblems;

import java.util.List;

/**
 * For operators: {@code POST /api/admin/projections/{name}/rebuild} (or {@code all}) starts a replay and answers
 * 202 at once; {@code GET /api/admin/projections} shows every projection's progress.
 */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionRebuildController {

    private final ProjectionRebuilds rebuilds;

    ProjectionRebuildController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    List<ProjectionStatus> statuses() {
        return rebuilds.statuses();
    }

    @PostMapping("/{name}/rebuild")
    ResponseEntity<List<ProjectionStatus>> rebuild(@PathVariable String name) {
        try {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilds.rebuild(name));
        } catch (IllegalArgumentException e) {
            throw QueryProblems.problem(HttpStatus.NOT_FOUND, "projection.unknown", e.getMessage());
        }
    }
}
