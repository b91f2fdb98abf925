package ru.mentoring.query.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.audit.GlobalChainVerification.CheckpointSummary;
import ru.mentoring.api.audit.GlobalChainVerification;
import ru.mentoring.query.web.QueryProblems;

/**
 * The operator's view of the whole event store: {@code GET …/verification} checks the global chain and compares it
 * with the last checkpoint; {@code POST …/checkpoints} writes a checkpoint now; {@code GET …/checkpoints/last}
 * shows the last one (its fingerprint is what monitoring forms carry).
 */
@RestController
@RequestMapping("/api/admin/audit")
class AuditAdminController {

    private final GlobalChainVerifier verifier;
    private final EventCheckpoints checkpoints;

    AuditAdminController(GlobalChainVerifier verifier, EventCheckpoints checkpoints) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/verification")
    GlobalChainVerification verification() {
        return verifier.verify();
    }

    @PostMapping("/checkpoints")
    ResponseEntity<CheckpointSummary> checkpoint() {
        return checkpoints.take().map(checkpoint -> ResponseEntity.status(HttpStatus.CREATED).body(summary(checkpoint)))
                .orElseThrow(() -> QueryProblems.problem(HttpStatus.CONFLICT, "audit.nothing-sealed",
                        "В глобальной цепочке ещё нет ни одного события: контрольную точку ставить не на что"));
    }

    @GetMapping("/checkpoints/last")
    CheckpointSummary lastCheckpoint() {
        return checkpoints.last().map(AuditAdminController::summary)
                .orElseThrow(() -> QueryProblems.problem(HttpStatus.NOT_FOUND, "audit.no-checkpoint",
                        "Контрольных точек ещё нет"));
    }

    static CheckpointSummary summary(EventCheckpoints.Checkpoint checkpoint) {
        return new CheckpointSummary(checkpoint.position(), checkpoint.globalIndex(), checkpoint.takenAt(),
                checkpoint.keyId(), checkpoint.fingerprint());
    }
}
