package ru.mentoring.command.pair;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import ru.mentoring.api.pair.OpenPair;
import ru.mentoring.api.pair.PairDissolved;
import ru.mentoring.api.program.FixedPair;
import ru.mentoring.api.program.PairsFixedByOrder;
import ru.mentoring.api.program.ReturnMenteesToBase;

import java.time.Instant;

/**
 * The policies between a program and its pairs: when the head's order fixes pairs, each opens its own
 * lifecycle with its deadlines; when a pair is dissolved, its mentees go back to the program's unmatched list.
 * A streaming processing group of its own, so a failure here never undoes the program's step; handlers are
 * idempotent, since a pair that already exists is not opened again.
 */
@Component
@ProcessingGroup("pair-policies")
@EnableConfigurationProperties(PairDeadlineProperties.class)
class PairPolicies {

    private final CommandGateway commands;
    private final PairDeadlineProperties deadlines;

    PairPolicies(CommandGateway commands, PairDeadlineProperties deadlines) {
        this.commands = commands;
        this.deadlines = deadlines;
    }

    @EventHandler
    void on(PairsFixedByOrder event, @Timestamp Instant fixedAt) {
        for (FixedPair pair : event.pairs()) {
            try {
                commands.sendAndWait(new OpenPair(pair.pairId(), event.programId(), pair.form(), pair.format(),
                        pair.kind(), pair.mentors(), pair.mentees(), fixedAt,
                        fixedAt.plus(deadlines.firstMeetingWithin()), deadlines.stalledAfter(), event.feedbackDates()));
            } catch (AggregateStreamCreationException alreadyOpen) {
                // re-delivered event: this pair was opened the first time round
            }
        }
    }

    @EventHandler
    void on(PairDissolved event) {
        commands.sendAndWait(new ReturnMenteesToBase(event.programId(), event.pairId(), event.mentees(),
                event.reason()));
    }
}
