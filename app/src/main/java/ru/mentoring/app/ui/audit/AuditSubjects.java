package ru.mentoring.app.ui.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import ru.mentoring.api.audit.EventHistory;
import ru.mentoring.api.audit.FindEventHistory;
import ru.mentoring.api.audit.AsOfBasis;
import ru.mentoring.api.audit.FindPairAsOf;
import ru.mentoring.api.audit.FindProgramAsOf;
import ru.mentoring.api.audit.FindRoadMapAsOf;
import ru.mentoring.api.audit.PairAsOf;
import ru.mentoring.api.audit.ProgramAsOf;
import ru.mentoring.api.audit.RoadMapAsOf;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.roadmap.RoadMapId;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds what an audit address names, through the audit queries of the query side (which read the event store
 * itself, never a projection): its history, and its state folded as of a moment.
 */
@Component
class AuditSubjects {

    private final QueryGateway queries;
    /** The application's clock: "now" of a subject's current state is the moment the rest of the UI sees. */
    private final Clock clock;

    AuditSubjects(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * The subject of an audit page; when there is none, the page's model gets the reason as {@code missing}
     * (a message code) with {@code missingArg}, and the answer is 404.
     */
    Optional<AuditSubject> open(String kindPath, String id, Model model, HttpServletResponse response) {
        Optional<AuditKind> kind = AuditKind.fromPath(kindPath);
        if (kind.isEmpty()) {
            return missing(model, response, "audit.missing.kind", kindPath);
        }
        String problem = problem(kind.get(), id);
        if (problem != null) {
            return missing(model, response, problem, id);
        }
        Optional<AuditSubject> subject = find(kind.get(), canonical(kind.get(), id));
        if (subject.isEmpty()) {
            return missing(model, response, "audit.missing." + kindPath, id);
        }
        model.addAttribute("subject", subject.get());
        return subject;
    }

    private static Optional<AuditSubject> missing(Model model, HttpServletResponse response, String reason,
                                                  String argument) {
        model.addAttribute("missing", reason);
        model.addAttribute("missingArg", argument);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return Optional.empty();
    }

    /** What is wrong with an identifier before anything is looked up (a message code), or {@code null}. */
    static String problem(AuditKind kind, String id) {
        if (id == null || id.isBlank()) {
            return "audit.target.id.required";
        }
        if (kind.needsUuid()) {
            try {
                UUID.fromString(id.strip());
            } catch (IllegalArgumentException e) {
                return "audit.missing.uuid";
            }
        }
        return null;
    }

    /** The identifier as the event store holds it: UUIDs in lower case, anything else as typed. */
    static String canonical(AuditKind kind, String id) {
        return kind.needsUuid() ? UUID.fromString(id.strip()).toString() : id.strip();
    }

    /** Empty when nothing of this kind was ever stored under this identifier. */
    Optional<AuditSubject> find(AuditKind kind, String id) {
        return history(kind, id, null, null, null).map(history -> {
            Instant now = clock.instant();
            return switch (kind) {
                case PROGRAMS -> new AuditSubject(kind, id, history,
                        program(id, now).map(ProgramAsOf::title).orElse(null), null);
                case ROAD_MAPS -> new AuditSubject(kind, id, history,
                        roadMap(id, now).map(RoadMapAsOf::title).orElse(null), null);
                case PAIRS -> new AuditSubject(kind, id, history, null,
                        pair(id, now).map(PairAsOf::programId).map(Object::toString).orElse(null));
                case AGGREGATES -> new AuditSubject(kind, id, history, null, null);
            };
        });
    }

    /** The events stored within {@code [from, to]} (either may be open) of the type given, or of any type. */
    Optional<EventHistory> history(AuditKind kind, String id, Instant from, Instant to, String type) {
        return queries.query(new FindEventHistory(id, kind.aggregateType(), from, to,
                        type == null ? Set.of() : Set.of(type)),
                ResponseTypes.optionalInstanceOf(EventHistory.class)).join();
    }

    Optional<ProgramAsOf> program(String id, Instant at) {
        return program(id, at, AsOfBasis.RECORDED);
    }

    Optional<ProgramAsOf> program(String id, Instant at, AsOfBasis basis) {
        return queries.query(new FindProgramAsOf(new ProgramId(UUID.fromString(id)), at, basis),
                ResponseTypes.optionalInstanceOf(ProgramAsOf.class)).join();
    }

    Optional<PairAsOf> pair(String id, Instant at) {
        return pair(id, at, AsOfBasis.RECORDED);
    }

    Optional<PairAsOf> pair(String id, Instant at, AsOfBasis basis) {
        return queries.query(new FindPairAsOf(new PairId(UUID.fromString(id)), at, basis),
                ResponseTypes.optionalInstanceOf(PairAsOf.class)).join();
    }

    Optional<RoadMapAsOf> roadMap(String id, Instant at) {
        return roadMap(id, at, AsOfBasis.RECORDED);
    }

    Optional<RoadMapAsOf> roadMap(String id, Instant at, AsOfBasis basis) {
        return queries.query(new FindRoadMapAsOf(new RoadMapId(UUID.fromString(id)), at, basis),
                ResponseTypes.optionalInstanceOf(RoadMapAsOf.class)).join();
    }
}
