package ru.mentoring.query.program;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.FindProgram;
import ru.mentoring.api.program.FindPrograms;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramPage;
import ru.mentoring.api.program.ProgramSummary;
import ru.mentoring.query.web.QueryProblems;

import java.util.UUID;

/**
 * Reads the program registry over HTTP.
 */
@RestController
@RequestMapping("/api/programs")
class ProgramRegistryController {

    private final QueryGateway queries;

    ProgramRegistryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    ProgramPage list(@RequestParam(required = false) UUID organizationId,
                     @RequestParam(required = false) String region,
                     @RequestParam(required = false) String municipality,
                     @RequestParam(required = false) String period,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "20") int size) {
        FindPrograms query;
        try {
            query = new FindPrograms(organizationId == null ? null : new OrganizationId(organizationId),
                    blankToNull(region), blankToNull(municipality), period == null || period.isBlank() ? null : AcademicPeriod.parse(period), page, size);
        } catch (IllegalArgumentException e) {
            throw QueryProblems.badRequest(e.getMessage());
        }
        return queries.query(query, ResponseTypes.instanceOf(ProgramPage.class)).join();
    }

    @GetMapping("/{programId}")
    ProgramSummary find(@PathVariable UUID programId) {
        return queries.query(new FindProgram(new ProgramId(programId)),
                        ResponseTypes.optionalInstanceOf(ProgramSummary.class))
                .join()
                .orElseThrow(() -> QueryProblems.programNotFound(programId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
