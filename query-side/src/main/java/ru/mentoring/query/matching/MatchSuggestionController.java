package ru.mentoring.query.matching;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.program.MatchSuggestionView;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.query.web.QueryProblems;
import ru.mentoring.api.program.SuggestMatches;

import java.util.UUID;

/**
 * {@code GET /api/programs/{id}/match-suggestion}: the suggested assignment of mentees to mentors.
 */
@RestController
class MatchSuggestionController {

    private final QueryGateway queries;

    MatchSuggestionController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/programs/{programId}/match-suggestion")
    MatchSuggestionView suggestion(@PathVariable UUID programId) {
        return queries.query(new SuggestMatches(new ProgramId(programId)),
                        ResponseTypes.optionalInstanceOf(MatchSuggestionView.class))
                .join()
                .orElseThrow(() -> QueryProblems.programNotFound(programId));
    }
}
