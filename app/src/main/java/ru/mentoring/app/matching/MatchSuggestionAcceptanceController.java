package ru.mentoring.app.matching;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MatchSuggestionView;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProposePair;
import ru.mentoring.api.program.SuggestMatches;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.RequestOrigin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /api/programs/{id}/match-suggestion/acceptance}: proposes every pair of the current suggestion
 * as an individual pair, in one call. Each proposal is checked by the program like any other; the curator can
 * still withdraw or add pairs before fixing them by order.
 */
@RestController
class MatchSuggestionAcceptanceController {

    private final QueryGateway queries;
    private final CommandGateway commands;

    MatchSuggestionAcceptanceController(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** The pairs proposed, and the mentees the suggestion left unmatched. */
    record Acceptance(List<UUID> pairIds, List<UUID> unmatchedMentees) {
    }

    @PostMapping("/api/programs/{programId}/match-suggestion/acceptance")
    ResponseEntity<Acceptance> accept(@PathVariable UUID programId, RequestOrigin origin) {
        ProgramId program = new ProgramId(programId);
        MatchSuggestionView suggestion = queries.query(new SuggestMatches(program),
                        ResponseTypes.optionalInstanceOf(MatchSuggestionView.class)).join()
                .orElseThrow(() -> new org.springframework.web.ErrorResponseException(HttpStatus.NOT_FOUND,
                        ApiProblems.problem(HttpStatus.NOT_FOUND, "program.not-found",
                                "Программа " + programId + " не найдена"), null));
        List<UUID> proposed = new ArrayList<>();
        for (MatchSuggestionView.SuggestedPair pair : suggestion.pairs()) {
            PairId pairId = PairId.random();
            commands.sendAndWait(new ProposePair(program, pairId, pair.form(), InteractionFormat.INDIVIDUAL, null,
                    Set.of(new PersonId(pair.mentorId())), Set.of(new PersonId(pair.menteeId()))), origin.metaData());
            proposed.add(pairId.value());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Acceptance(proposed, suggestion.unmatchedMentees()));
    }
}
