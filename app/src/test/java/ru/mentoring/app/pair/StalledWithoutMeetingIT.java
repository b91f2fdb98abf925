package ru.mentoring.app.pair;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A pair that never met can stall: its {@code PairStalled} carries no last meeting, and pair progress marks it
 * stalled with no date instead of failing the event into the dead-letter queue (a {@code null} among a
 * statement's values once threw in the projection's own code).
 */
class StalledWithoutMeetingIT extends ApplicationIT {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private DeadlineManager deadlines;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aPairThatNeverMetIsShownStalledWithoutADate() {
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
        PairId pair = scenario.pairs.get(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("SELECT count(*) FROM pair_progress"
                + " WHERE pair_id = ?", pair) == 1);

        deadlines.schedule(Instant.now(), "stalled", LocalDate.of(2020, 10, 1),
                new AggregateScopeDescriptor("Pair", pair));

        await().atMost(Duration.ofSeconds(60)).until(() -> rows("SELECT count(*) FROM pair_progress"
                + " WHERE pair_id = ? AND stalled", pair) == 1);
        assertThat(jdbc.sql("SELECT stalled_since FROM pair_progress WHERE pair_id = ?").param(pair.value())
                .query(java.sql.Date.class).optional()).isEmpty();
        assertThat(rows("SELECT count(*) FROM deadletterentry WHERE aggregateidentifier = ?", pair.toString()))
                .isZero();
    }

    private long rows(String sql, Object key) {
        Object value = key instanceof PairId id ? id.value() : key;
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }
}
