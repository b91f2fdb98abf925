package ru.mentoring.query.overview;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.program.FindProgramOverview;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.query.web.QueryProblems;
import ru.mentoring.api.program.ProgramOverview;

import java.util.UUID;

/**
 * A program's overview over HTTP: {@code GET /api/programs/{id}/overview}.
 */
@RestController
class ProgramOverviewController {

    private final QueryGateway queries;

    ProgramOverviewController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/programs/{programId}/overview")
    ProgramOverview overview(@PathVariable UUID programId) {
        return queries.query(new FindProgramOverview(new ProgramId(programId)),
                        ResponseTypes.optionalInstanceOf(ProgramOverview.class))
                .join()
                .orElseThrow(() -> QueryProblems.programNotFound(programId));
    }
}
