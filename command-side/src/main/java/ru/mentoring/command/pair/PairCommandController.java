package ru.mentoring.command.pair;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.pair.*;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.PathCommands;
import ru.mentoring.command.web.RequestOrigin;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * A pair's steps over HTTP: the body of each call is the command; the pair id comes from the path. Pairs are
 * opened by the program's order, never over HTTP.
 */
@RestController
@RequestMapping("/api/pairs/{pairId}")
class PairCommandController {

    private final PathCommands commands;
    private final Clock clock;

    PairCommandController(PathCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    private <C extends Record> ResponseEntity<Void> send(C body, Map<String, Object> fromPath, RequestOrigin origin) {
        return commands.send(body, fromPath, origin);
    }

    private <C extends Record> ResponseEntity<Void> send(C body, UUID pairId, RequestOrigin origin) {
        return send(body, Map.of("pairId", new PairId(pairId)), origin);
    }

    @PostMapping("/agreement")
    ResponseEntity<Void> signAgreement(@PathVariable UUID pairId, @RequestBody SignAgreement body,
                                       RequestOrigin origin) {
        return send(body, pairId, origin);
    }

    @PostMapping("/plan")
    ResponseEntity<Void> approvePlan(@PathVariable UUID pairId, @RequestBody ApproveIndividualPlan body,
                                     RequestOrigin origin) {
        return send(body, pairId, origin);
    }

    @PostMapping("/plan/amendments")
    ResponseEntity<Void> amendPlan(@PathVariable UUID pairId, @RequestBody AmendIndividualPlan body,
                                   RequestOrigin origin) {
        return send(body, pairId, origin);
    }

    @PostMapping("/plan/activities/{number}/completion")
    ResponseEntity<Void> completeActivity(@PathVariable UUID pairId, @PathVariable int number,
                                          @RequestBody CompletePlanActivity body, RequestOrigin origin) {
        return send(body, Map.of("pairId", new PairId(pairId), "number", number), origin);
    }

    /** The time of recording is the server's: the stall watch runs from it. */
    @PostMapping("/meetings")
    ResponseEntity<Void> recordMeeting(@PathVariable UUID pairId, @RequestBody RecordMeeting body,
                                       RequestOrigin origin) {
        return send(body, Map.of("pairId", new PairId(pairId), "recordedAt", clock.instant()), origin);
    }

    @PostMapping("/feedback")
    ResponseEntity<Void> giveFeedback(@PathVariable UUID pairId, @RequestBody GiveFeedback body,
                                      RequestOrigin origin) {
        return send(body, pairId, origin);
    }

    @PostMapping("/completion")
    ResponseEntity<Void> complete(@PathVariable UUID pairId, @RequestBody CompletePair body, RequestOrigin origin) {
        return send(body, pairId, origin);
    }

    @PostMapping("/dissolution")
    ResponseEntity<Void> dissolve(@PathVariable UUID pairId, @RequestBody DissolvePair body, RequestOrigin origin) {
        return send(body, pairId, origin);
    }

    @ExceptionHandler
    ProblemDetail pairNotFound(AggregateNotFoundException exception) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "pair.not-found",
                "Пара или группа " + exception.getAggregateIdentifier() + " не найдена");
    }
}
