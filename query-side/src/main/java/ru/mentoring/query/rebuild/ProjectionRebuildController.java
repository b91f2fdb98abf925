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
 * For operators: {@code POST /api/admin/projections/{name}/rebuild} (or {@code all}) starts a replay on every node
 * and answers 202 at once; {@code GET /api/admin/projections} shows every projection's progress and which node holds
 * which segment; {@code GET /api/admin/projections/nodes} the nodes alive and the requests that wait for them;
 * {@code POST /api/admin/projections/{name}/segments/{segment}/split} (or {@code merge}) asks the node that holds
 * the segment to split it in two (or merge it with its sibling).
 */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionRebuildController {

    /** The nodes alive and the rebuilds, splits and merges that wait for them. */
    record Cluster(String node, List<ClusterProjections.Node> nodes, List<ClusterProjections.Request> pending) {
    }

    private final ProjectionRebuilds rebuilds;
    private final ClusterProjections cluster;

    ProjectionRebuildController(ProjectionRebuilds rebuilds, ClusterProjections cluster) {
        this.rebuilds = rebuilds;
        this.cluster = cluster;
    }

    @GetMapping
    List<ProjectionStatus> statuses() {
        return rebuilds.statuses();
    }

    @GetMapping("/nodes")
    Cluster nodes() {
        return new Cluster(cluster.node(), cluster.nodes(), cluster.pending());
    }

    @PostMapping("/{name}/rebuild")
    ResponseEntity<List<ProjectionStatus>> rebuild(@PathVariable String name) {
        try {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilds.rebuild(name));
        } catch (IllegalArgumentException e) {
            throw QueryProblems.problem(HttpStatus.NOT_FOUND, "projection.unknown", e.getMessage());
        }
    }

    @PostMapping("/{name}/segments/{segment}/split")
    ResponseEntity<Cluster> split(@PathVariable String name, @PathVariable int segment) {
        return segmentChange(name, "SPLIT", segment);
    }

    @PostMapping("/{name}/segments/{segment}/merge")
    ResponseEntity<Cluster> merge(@PathVariable String name, @PathVariable int segment) {
        return segmentChange(name, "MERGE", segment);
    }

    private ResponseEntity<Cluster> segmentChange(String name, String action, int segment) {
        try {
            rebuilds.changeSegment(name, action, segment);
        } catch (IllegalArgumentException e) {
            throw QueryProblems.problem(HttpStatus.NOT_FOUND, "projection.unknown", e.getMessage());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(nodes());
    }
}
