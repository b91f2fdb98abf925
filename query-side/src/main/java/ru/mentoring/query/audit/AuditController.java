package ru.mentoring.query.audit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.audit.AsOfBasis;
import ru.mentoring.api.audit.ChainVerification;
import ru.mentoring.api.audit.EventHistory;
import ru.mentoring.api.audit.FindEventHistory;
import ru.mentoring.api.audit.FindPairAsOf;
import ru.mentoring.api.audit.FindRoadMapAsOf;
import ru.mentoring.api.audit.RoadMapAsOf;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.audit.FindProgramAsOf;
import ru.mentoring.api.audit.PairAsOf;
import ru.mentoring.api.audit.ProgramAsOf;
import ru.mentoring.api.audit.VerifyEventChain;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.query.web.QueryProblems;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The audit API under {@code /api/audit/{kind}/{id}}, where kind is {@code programs}, {@code pairs} or
 * {@code aggregates} (any aggregate by its identifier): the history with its CSV and JSON exports, the state
 * as of a moment, and the verification of the hash chain.
 */
@RestController
@RequestMapping("/api/audit/{kind}/{id}")
class AuditController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QueryGateway queries;

    AuditController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/history")
    ResponseEntity<?> history(@PathVariable String kind, @PathVariable String id,
                              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(name = "type", required = false) List<String> types,
                              @RequestParam(required = false) String format) {
        if (format == null) {
            return ResponseEntity.ok(find(kind, id, from, to, types));
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> historyCsv(kind, id, from, to, types);
            case "json" -> historyJson(kind, id, from, to, types);
            default -> throw QueryProblems.badRequest("format: ожидается csv или json, получено «" + format + "»");
        };
    }

    @GetMapping("/history.csv")
    ResponseEntity<String> historyCsv(@PathVariable String kind, @PathVariable String id,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(name = "type", required = false) List<String> types) {
        return attachment(id, "csv", CSV, HistoryCsv.write(find(kind, id, from, to, types)));
    }

    @GetMapping("/history.json")
    ResponseEntity<EventHistory> historyJson(@PathVariable String kind, @PathVariable String id,
                                             @RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to,
                                             @RequestParam(name = "type", required = false) List<String> types) {
        return attachment(id, "json", MediaType.APPLICATION_JSON, find(kind, id, from, to, types));
    }

    /**
     * The state as of {@code at}: a date ({@code 2021-10-12}, the end of that day in Moscow) or an instant
     * ({@code 2021-10-12T10:00:00Z}); {@code by} is {@code recorded} (the default: what was recorded by then) or
     * {@code business} (what happened by then, by the dates the facts bear).
     */
    @GetMapping("/as-of")
    Object asOf(@PathVariable String kind, @PathVariable String id, @RequestParam String at,
                @RequestParam(required = false) String by) {
        AuditedKind audited = kind(kind);
        Instant moment = AsOfMoment.parse(at).orElseThrow(() -> QueryProblems.badRequest("at: ожидается дата "
                + "(2021-10-12 — конец этого дня по Москве) или момент времени ISO 8601 (2021-10-12T10:00:00Z), "
                + "получено «" + at + "»"));
        AsOfBasis basis = AsOfMoment.basis(by).orElseThrow(() -> QueryProblems.badRequest("by: ожидается recorded "
                + "(по времени записи событий) или business (по дате события), получено «" + by + "»"));
        Object state = switch (audited) {
            case PROGRAMS -> queries.query(new FindProgramAsOf(new ProgramId(uuid(id)), moment, basis),
                    ResponseTypes.optionalInstanceOf(ProgramAsOf.class)).join().orElse(null);
            case PAIRS -> queries.query(new FindPairAsOf(new PairId(uuid(id)), moment, basis),
                    ResponseTypes.optionalInstanceOf(PairAsOf.class)).join().orElse(null);
            case ROAD_MAPS -> queries.query(new FindRoadMapAsOf(new RoadMapId(uuid(id)), moment, basis),
                    ResponseTypes.optionalInstanceOf(RoadMapAsOf.class)).join().orElse(null);
            case AGGREGATES -> throw QueryProblems.problem(HttpStatus.BAD_REQUEST, "audit.as-of-not-supported",
                    "Состояние на дату восстанавливается для программ, пар и дорожных карт: /api/audit/programs/…, "
                            + "/api/audit/pairs/… или /api/audit/road-maps/…");
        };
        if (state == null) {
            throw QueryProblems.problem(HttpStatus.NOT_FOUND, "audit.not-found", "На " + AsOfMoment.shown(moment)
                    + " (МСК) " + AsOfMoment.described(basis) + " у " + audited.genitive() + " " + id
                    + " ещё не было ни одного события");
        }
        return state;
    }

    @GetMapping("/verification")
    ChainVerification verification(@PathVariable String kind, @PathVariable String id) {
        AuditedKind audited = kind(kind);
        aggregateId(audited, id);
        return queries.query(new VerifyEventChain(id, audited.aggregateType()),
                        ResponseTypes.optionalInstanceOf(ChainVerification.class))
                .join()
                .orElseThrow(() -> notFound(audited, id));
    }

    private EventHistory find(String kind, String id, String from, String to, List<String> types) {
        AuditedKind audited = kind(kind);
        aggregateId(audited, id);
        Instant since = from == null ? null : instant("from", from);
        Instant until = to == null ? null : instant("to", to);
        if (since != null && until != null && since.isAfter(until)) {
            throw QueryProblems.badRequest("from: начало периода позже его конца");
        }
        return queries.query(new FindEventHistory(id, audited.aggregateType(), since, until,
                                types == null ? Set.of() : Set.copyOf(types)),
                        ResponseTypes.optionalInstanceOf(EventHistory.class))
                .join()
                .orElseThrow(() -> notFound(audited, id));
    }

    private static <T> ResponseEntity<T> attachment(String id, String extension, MediaType type, T body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("history-" + id + "." + extension).build().toString())
                .body(body);
    }

    private static AuditedKind kind(String kind) {
        return AuditedKind.fromPath(kind).orElseThrow(() -> QueryProblems.problem(HttpStatus.NOT_FOUND,
                "audit.unknown-kind", "Неизвестный вид объекта аудита «" + kind
                        + "»: ожидается programs, pairs или aggregates"));
    }

    /** Programs and pairs are known by UUIDs; other aggregates by whatever identifier they were stored under. */
    private static void aggregateId(AuditedKind kind, String id) {
        if (kind != AuditedKind.AGGREGATES) {
            uuid(id);
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw QueryProblems.badRequest("id: ожидается UUID, получено «" + id + "»");
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw QueryProblems.badRequest(name + ": ожидается момент времени ISO 8601, например "
                    + "2021-01-15T00:00:00Z, получено «" + value + "»");
        }
    }

    private static ErrorResponseException notFound(AuditedKind kind, String id) {
        return QueryProblems.problem(HttpStatus.NOT_FOUND, "audit.not-found", "Нет событий " + kind.genitive()
                + " " + id);
    }
}
