package ru.mentoring.command.pair;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.OpenPair;
import ru.mentoring.api.pair.PairDissolved;
import ru.mentoring.api.program.FixedPair;
import ru.mentoring.api.program.PairsFixedByOrder;
import ru.mentoring.api.program.ReturnMenteesToBase;

import java.time.Instant;

/**
 * The policies between a program and its pairs: when the head's order fixes pairs, each opens its own
 * lifecycle with its deadlines; when a pair is dissolved, its mentees go back to the program's unmatched list.
 * A streaming processing group of its own, so a failure here never undoes the program's step. Handlers are
 * idempotent: a pair that is already open takes a repeated {@link OpenPair} as done (see {@link Pair}). Catching
 * the duplicate here could not work: the command runs in this handler's unit of work, whose events Axon appends
 * only when the processor's batch commits, after the handler has returned.
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
            commands.sendAndWait(new OpenPair(pair.pairId(), event.programId(), pair.form(), pair.format(),
                    pair.kind(), pair.mentors(), pair.mentees(), fixedAt,
                    fixedAt.plus(deadlines.firstMeetingWithin()), deadlines.stalledAfter(), event.feedbackDates(),
                    event.orderDate()));
        }
    }

    @EventHandler
    void on(PairDissolved event) {
        commands.sendAndWait(new ReturnMenteesToBase(event.programId(), event.pairId(), event.mentees(),
                PersonalText.shown(event.reason())));
    }
}
