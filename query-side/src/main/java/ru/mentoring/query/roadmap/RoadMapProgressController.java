package ru.mentoring.query.roadmap;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.roadmap.FindRoadMapItems;
import ru.mentoring.api.roadmap.FindRoadMapProgress;
import ru.mentoring.api.organization.FindOrganizations;
import ru.mentoring.api.organization.OrganizationSummary;
import ru.mentoring.api.roadmap.FindEscalations;
import ru.mentoring.api.roadmap.FindOverdueItems;
import ru.mentoring.api.roadmap.FindRoadMapRollUp;
import ru.mentoring.api.roadmap.FindRoadMaps;
import ru.mentoring.api.roadmap.OverdueItem;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemView;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.api.roadmap.RoadMapProgress;
import ru.mentoring.api.roadmap.RoadMapRollUp;
import ru.mentoring.api.roadmap.RoadMapSummary;
import ru.mentoring.query.web.QueryProblems;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads road-map progress over HTTP. What is upcoming counts from {@code asOf}, today in Moscow unless given.
 */
@RestController
@RequestMapping("/api/road-maps")
class RoadMapProgressController {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final QueryGateway queries;
    private final Clock clock = Clock.system(MOSCOW);
    private final int escalateAfterDays;

    RoadMapProgressController(QueryGateway queries,
                              @Value("${mentoring.road-maps.escalate-after-days:14}") int escalateAfterDays) {
        this.queries = queries;
        this.escalateAfterDays = escalateAfterDays;
    }

    @GetMapping
    List<RoadMapSummary> list(@RequestParam(required = false) RoadMapLevel level,
                              @RequestParam(required = false) UUID ownerId,
                              @RequestParam(required = false) String region,
                              @RequestParam(required = false) String municipality,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate asOf) {
        return queries.query(new FindRoadMaps(level, ownerId, blankToNull(region), blankToNull(municipality), day(asOf)),
                ResponseTypes.multipleInstancesOf(RoadMapSummary.class)).join();
    }

    /** The escalation list: items overdue and not done, longest overdue first. */
    @GetMapping("/overdue")
    List<OverdueItem> overdue(@RequestParam(required = false) RoadMapLevel level,
                              @RequestParam(required = false) UUID ownerId,
                              @RequestParam(required = false) String region,
                              @RequestParam(required = false) String municipality,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate asOf) {
        return queries.query(new FindOverdueItems(level, ownerId, blankToNull(region), blankToNull(municipality),
                        day(asOf)),
                ResponseTypes.multipleInstancesOf(OverdueItem.class)).join();
    }

    /**
     * A territory's escalation list: with {@code municipality}, its organizations' items overdue for at least
     * {@code mentoring.road-maps.escalate-after-days}; with only {@code region}, its municipalities' items.
     */
    @GetMapping("/escalations")
    List<OverdueItem> escalations(@RequestParam String region, @RequestParam(required = false) String municipality,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate asOf) {
        return queries.query(new FindEscalations(region, municipality, day(asOf), escalateAfterDays),
                ResponseTypes.multipleInstancesOf(OverdueItem.class)).join();
    }

    /**
     * The organization road maps of a period added up: of the given organizations, or of every organization of a
     * municipality ({@code region} and {@code municipality}) as the organization directory lists them.
     */
    @GetMapping("/roll-up")
    RoadMapRollUp rollUp(@RequestParam(required = false) List<UUID> organizationId,
                         @RequestParam(required = false) String region,
                         @RequestParam(required = false) String municipality,
                         @RequestParam String period,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                         LocalDate asOf) {
        if ((organizationId == null || organizationId.isEmpty()) && region != null && municipality != null) {
            organizationId = queries.query(new FindOrganizations(region, municipality),
                            ResponseTypes.multipleInstancesOf(OrganizationSummary.class)).join().stream()
                    .map(OrganizationSummary::organizationId).toList();
        }
        // an empty or blank organizationId converts to no id at all
        organizationId = organizationId == null ? List.of()
                : organizationId.stream().filter(Objects::nonNull).toList();
        PlanPeriod planPeriod;
        try {
            planPeriod = PlanPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Неверные параметры запроса: период в форме 2020-2021");
            problem.setProperty("code", "validation.failed");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, e);
        }
        return queries.query(new FindRoadMapRollUp(organizationId, planPeriod, day(asOf)),
                ResponseTypes.instanceOf(RoadMapRollUp.class)).join();
    }

    @GetMapping("/{roadMapId}/progress")
    RoadMapProgress progress(@PathVariable UUID roadMapId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate asOf) {
        return queries.query(new FindRoadMapProgress(new RoadMapId(roadMapId), day(asOf)),
                        ResponseTypes.optionalInstanceOf(RoadMapProgress.class))
                .join()
                .orElseThrow(() -> notFound(roadMapId));
    }

    @GetMapping("/{roadMapId}/items")
    List<RoadMapItemView> items(@PathVariable UUID roadMapId) {
        return queries.query(new FindRoadMapItems(new RoadMapId(roadMapId)),
                ResponseTypes.multipleInstancesOf(RoadMapItemView.class)).join();
    }

    /** The day asked about: today unless given, and within the years a road map can span (2000–2100). */
    private LocalDate day(LocalDate asOf) {
        if (asOf != null && (asOf.getYear() < 2000 || asOf.getYear() > 2100)) {
            throw QueryProblems.badRequest("дата asOf должна лежать в 2000–2100 годах");
        }
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    private static ErrorResponseException notFound(UUID roadMapId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Дорожная карта " + roadMapId + " не найдена");
        problem.setProperty("code", "road-map.not-found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
