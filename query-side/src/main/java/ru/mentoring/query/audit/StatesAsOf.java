package ru.mentoring.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ru.mentoring.api.audit.AsOfBasis;
import ru.mentoring.api.audit.AsOfFrame;
import ru.mentoring.api.audit.FindPairState;
import ru.mentoring.api.audit.FindProgramState;
import ru.mentoring.api.audit.FindPairAsOf;
import ru.mentoring.api.audit.FindProgramAsOf;
import ru.mentoring.api.audit.FindRoadMapAsOf;
import ru.mentoring.api.audit.FindRoadMapState;
import ru.mentoring.api.audit.PairAsOf;
import ru.mentoring.api.audit.ProgramAsOf;
import ru.mentoring.api.audit.RecordedLater;
import ru.mentoring.api.audit.RoadMapAsOf;
import ru.mentoring.api.common.PersonId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Answers "as it was at" queries: selects the aggregate's stored events that count by then ({@link EventsAsOf}),
 * names those counted by their business date although recorded later, and has the aggregate itself fold the counted
 * ones on the command side ({@code Find…State}), so that what an event means is written in one place only.
 */
@Component
class StatesAsOf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(EventsAsOf.MOSCOW);

    private final EventHistories histories;
    private final PersonRegisterNames register;
    private final QueryGateway queries;

    StatesAsOf(EventHistories histories, PersonRegisterNames register, QueryGateway queries) {
        this.histories = histories;
        this.register = register;
        this.queries = queries;
    }

    /** Empty when no such program existed at that moment. */
    @QueryHandler
    Optional<ProgramAsOf> handle(FindProgramAsOf query) {
        return asOf(query.programId().toString(), "Program", query.at(), query.basis(),
                (counted, frame) -> new FindProgramState(query.programId(), counted, frame), ProgramAsOf.class);
    }

    /** Empty when no such pair existed at that moment. */
    @QueryHandler
    Optional<PairAsOf> handle(FindPairAsOf query) {
        return asOf(query.pairId().toString(), "Pair", query.at(), query.basis(),
                (counted, frame) -> new FindPairState(query.pairId(), counted, frame), PairAsOf.class);
    }

    /** Empty when no such road map existed at that moment. */
    @QueryHandler
    Optional<RoadMapAsOf> handle(FindRoadMapAsOf query) {
        return asOf(query.roadMapId().toString(), "RoadMap", query.at(), query.basis(),
                (counted, frame) -> new FindRoadMapState(query.roadMapId(), counted, frame), RoadMapAsOf.class);
    }

    /**
     * Selects the events that count and frames the view here; the aggregate itself, on the command side, folds them
     * and says what they mean.
     */
    private <V> Optional<V> asOf(String aggregateId, String aggregateType, Instant at, AsOfBasis basis,
                                 BiFunction<List<Long>, AsOfFrame, Object> stateQuery, Class<V> state) {
        List<? extends DomainEventMessage<?>> stored = histories.read(aggregateId);
        if (stored.isEmpty() || !EventHistories.isOfType(stored.get(0), aggregateType)) {
            return Optional.empty();
        }
        AsOfBasis on = basis == null ? AsOfBasis.RECORDED : basis;
        EventsAsOf selected = EventsAsOf.select(stored, at, on);
        if (selected.counted().isEmpty()) {
            return Optional.empty();
        }
        List<DomainEventMessage<?>> counted = selected.counted();
        AsOfFrame frame = new AsOfFrame(at, on, selected.businessDate(), counted.size(),
                counted.get(counted.size() - 1).getTimestamp(), recordedLater(stored, selected.recordedAfter(at), at));
        Object query = stateQuery.apply(counted.stream().map(DomainEventMessage::getSequenceNumber).toList(), frame);
        return queries.query(query, ResponseTypes.optionalInstanceOf(state)).join();
    }

    private List<RecordedLater> recordedLater(List<? extends DomainEventMessage<?>> stored,
                                              List<DomainEventMessage<?>> late, Instant at) {
        if (late.isEmpty()) {
            return List.of();
        }
        Set<PersonId> people = new HashSet<>();
        late.forEach(event -> people.addAll(EventSummaries.peopleIn(event.getPayload())));
        PersonNames names = register.of(people);
        RoadMapItemLabels items = RoadMapItemLabels.from(stored.stream()
                .filter(event -> RoadMapItemLabels.LABELLING.contains(event.getPayloadType()))
                .map(DomainEventMessage::getPayload).toList());
        return late.stream().map(event -> {
            String type = EventHistories.typeName(event);
            LocalDate date = EventsAsOf.businessDate(event).orElse(null);
            return new RecordedLater(event.getSequenceNumber(), type, date, event.getTimestamp(),
                    EventSummaries.summarize(EventHistories.payload(event), type, names, items),
                    note(event.getTimestamp(), date, at));
        }).toList();
    }

    private static String note(Instant recordedAt, LocalDate businessDate, Instant at) {
        String recorded = "Записано " + MOMENT.format(recordedAt) + " (МСК), позже запрошенного момента "
                + MOMENT.format(at) + " (МСК); ";
        return recorded + (businessDate == null
                ? "учтено как создание объекта, без которого не было бы учтённых событий"
                : "учтено по дате события " + DAY.format(businessDate));
    }
}
