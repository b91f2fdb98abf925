package ru.mentoring.query.pair;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.pair.FindPairProgress;
import ru.mentoring.api.pair.FindProgramPairs;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PairProgress;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.query.web.QueryProblems;

import java.util.List;
import java.util.UUID;

/**
 * Pair progress over HTTP: one pair, or a program's pairs ({@code ?attention=true}: those needing attention).
 */
@RestController
class PairProgressController {

    private final QueryGateway queries;

    PairProgressController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/pairs/{pairId}")
    PairProgress pair(@PathVariable UUID pairId) {
        return queries.query(new FindPairProgress(new PairId(pairId)),
                        ResponseTypes.optionalInstanceOf(PairProgress.class))
                .join()
                .orElseThrow(() -> QueryProblems.problem(HttpStatus.NOT_FOUND, "pair.not-found",
                        "Пара или группа " + pairId + " не найдена"));
    }

    @GetMapping("/api/programs/{programId}/pairs")
    List<PairProgress> programPairs(@PathVariable UUID programId,
                                    @RequestParam(defaultValue = "false") boolean attention) {
        return queries.query(new FindProgramPairs(new ProgramId(programId), attention),
                ResponseTypes.multipleInstancesOf(PairProgress.class)).join();
    }
}
