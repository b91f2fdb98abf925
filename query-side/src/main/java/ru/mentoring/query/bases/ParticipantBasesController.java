package ru.mentoring.query.bases;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.program.FindParticipants;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ParticipantPage;
import ru.mentoring.api.program.ParticipantRole;
import ru.mentoring.query.web.QueryProblems;

import java.util.Locale;
import java.util.UUID;

/**
 * The base of mentees ({@code /api/bases/mentees}) and the base of mentors ({@code /api/bases/mentors}), with
 * filters by program, organization, municipality, region, period, form, pair status, consent and name.
 */
@RestController
@RequestMapping("/api/bases")
class ParticipantBasesController {

    private final QueryGateway queries;

    ParticipantBasesController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{base}")
    ParticipantPage base(@PathVariable String base,
                         @RequestParam(required = false) UUID programId,
                         @RequestParam(required = false) UUID organizationId,
                         @RequestParam(required = false) String municipality,
                         @RequestParam(required = false) String region,
                         @RequestParam(required = false) String period,
                         @RequestParam(required = false) MentoringForm form,
                         @RequestParam(required = false) String pairStatus,
                         @RequestParam(required = false) String consent,
                         @RequestParam(required = false) String name,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "50") int size) {
        ParticipantRole role = switch (base) {
            case "mentees" -> ParticipantRole.MENTEE;
            case "mentors" -> ParticipantRole.MENTOR;
            default -> throw QueryProblems.problem(HttpStatus.NOT_FOUND, "base.unknown",
                    "Есть база наставляемых (mentees) и база наставников (mentors), а не «" + base + "»");
        };
        FindParticipants query;
        try {
            query = new FindParticipants(role, null, programId, organizationId, municipality, region, period, form,
                    upper(pairStatus), upper(consent), name, page, size);
        } catch (IllegalArgumentException e) {
            throw QueryProblems.badRequest(e.getMessage());
        }
        return queries.query(query, ResponseTypes.instanceOf(ParticipantPage.class)).join();
    }

    /** One person's places in both bases across programs and periods, newest period first. */
    @GetMapping("/people/{personId}")
    ParticipantPage person(@PathVariable UUID personId) {
        return queries.query(new FindParticipants(null, personId, null, null, null, null, null, null, null, null,
                null, 0, 500), ResponseTypes.instanceOf(ParticipantPage.class)).join();
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
