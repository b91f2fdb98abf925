package ru.mentoring.app.ui.audit;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.audit.AsOfBasis;
import ru.mentoring.api.audit.EventHistory;
import ru.mentoring.api.audit.FindEventHistory;
import ru.mentoring.api.audit.FindPairAsOf;
import ru.mentoring.api.pair.PairId;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * An audit subject's current state is folded as of the application clock's "now", not the wall clock's, so the
 * audit pages agree with the rest of the UI (and with tests that fix the clock).
 */
class AuditSubjectsTest {

    private static final Instant CLOCK_NOW = Instant.parse("2021-06-01T21:30:00Z");

    @Test
    void foldsTheSubjectAsOfTheApplicationClock() {
        String pair = UUID.randomUUID().toString();
        List<Object> asked = new ArrayList<>();
        QueryGateway queries = mock(QueryGateway.class);
        when(queries.query(any(), any(ResponseType.class))).thenAnswer(call -> {
            Object query = call.getArgument(0);
            asked.add(query);
            return CompletableFuture.completedFuture(query instanceof FindEventHistory
                    ? Optional.of(new EventHistory(pair, "Pair", 0, List.of()))
                    : Optional.empty());
        });
        AuditSubjects subjects = new AuditSubjects(queries, Clock.fixed(CLOCK_NOW, ZoneOffset.UTC));

        assertThat(subjects.find(AuditKind.PAIRS, pair)).isPresent();

        assertThat(asked).filteredOn(FindPairAsOf.class::isInstance)
                .containsExactly(new FindPairAsOf(new PairId(UUID.fromString(pair)), CLOCK_NOW,
                        AsOfBasis.RECORDED));
    }
}
