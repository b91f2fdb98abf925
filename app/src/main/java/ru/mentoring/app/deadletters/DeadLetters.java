package ru.mentoring.app.deadletters;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mentoring.api.operations.DeadLetterEvicted;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's hold on Axon's dead-letter queues, through Axon's own API: the queue of each processing group
 * for what is parked, the group's dead-letter processor for retries (it hands each letter to the same handlers,
 * evicts it when they succeed and parks it again with the new cause when they fail). The groups are those of
 * the processors running here that have a queue, projections and policies alike.
 * <p>
 * An eviction removes the letter and stores a {@link DeadLetterEvicted} event with the operator in its metadata,
 * both in one transaction, so the store never shows an eviction that did not happen or the reverse. It is not a
 * command: the operator sends no domain commands (the access policy refuses them), and no aggregate decides
 * anything here.
 */
@Component
public class DeadLetters {

    private final EventProcessingConfiguration processing;
    private final EventBus eventBus;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    DeadLetters(EventProcessingConfiguration processing, EventBus eventBus, TransactionTemplate transactions,
                JdbcClient jdbc) {
        this.processing = processing;
        this.eventBus = eventBus;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** The processing groups that park failing events, by name. */
    public List<String> groups() {
        return processing.eventProcessors().keySet().stream()
                .filter(group -> processing.deadLetterQueue(group).isPresent())
                .sorted()
                .toList();
    }

    public boolean knows(String group) {
        return groups().contains(group);
    }

    /** How many events the group has parked. */
    public long count(String group) {
        return queue(group).size();
    }

    public List<GroupDeadLetters> all() {
        return groups().stream().map(this::of).toList();
    }

    public GroupDeadLetters of(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        List<ParkedEvent> parked = new ArrayList<>();
        long sequences = 0;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
            sequence.forEach(letters::add);
            if (!letters.isEmpty()) {
                sequences++;
                letters.forEach(letter -> parked.add(view(letter, letters.size())));
            }
        }
        return new GroupDeadLetters(group, parked.size(), sequences, List.copyOf(parked));
    }

    public Optional<ParkedEvent> find(String group, String letterId) {
        return of(group).parked().stream().filter(letter -> letter.letterId().equals(letterId)).findFirst();
    }

    /** Retries the sequence the letter is in, from its first letter on. */
    public RetryOutcome retry(String group, ParkedEvent letter) {
        return retry(group, List.of(letter.sequenceIdentifier()));
    }

    /** Retries every sequence the group has parked, each once. */
    public RetryOutcome retryAll(String group) {
        Set<String> sequences = new LinkedHashSet<>();
        of(group).parked().forEach(letter -> sequences.add(letter.sequenceIdentifier()));
        return retry(group, List.copyOf(sequences));
    }

    /**
     * Removes the letter for good and records it as an event; the metadata names the operator. Empty when the
     * letter is no longer there (a retry handled it, or another operator evicted it, since it was read).
     */
    public Optional<Eviction> evict(String group, ParkedEvent letter, String reason, MetaData operator) {
        return transactions.execute(status -> lock(letter.letterId()) ? letters(group).stream()
                .filter(candidate -> letterId(candidate).equals(letter.letterId()))
                .findFirst()
                .map(found -> {
                    queue(group).evict(found);
                    EventMessage<DeadLetterEvicted> evicted = GenericEventMessage.<DeadLetterEvicted>asEventMessage(
                            new DeadLetterEvicted(group, letter.sequenceIdentifier(), letter.eventId(),
                                    letter.eventType(), reason.strip())).andMetaData(operator);
                    eventBus.publish(evicted);
                    return new Eviction(evicted.getIdentifier(), letter, reason.strip());
                }) : Optional.<Eviction>empty());
    }

    /**
     * Locks the letter's row for the eviction's transaction: of two operators evicting it at once, the second
     * waits and then finds it gone, so one eviction is stored, not two. False when the row is already gone.
     */
    private boolean lock(String letterId) {
        return !jdbc.sql("SELECT 1 FROM deadletterentry WHERE deadletteridentifier = ? FOR UPDATE")
                .param(letterId).query(Integer.class).list().isEmpty();
    }

    private RetryOutcome retry(String group, List<String> sequences) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new IllegalArgumentException("no dead-letter processor for " + group));
        for (String sequence : sequences) {
            processor.process(first -> sequenceIdentifier(first).equals(sequence));
        }
        GroupDeadLetters after = of(group);
        Set<String> stillParked = new LinkedHashSet<>();
        after.parked().forEach(letter -> stillParked.add(letter.sequenceIdentifier()));
        List<String> cleared = sequences.stream().filter(sequence -> !stillParked.contains(sequence)).toList();
        return new RetryOutcome(group, sequences, cleared, after);
    }

    private List<DeadLetter<? extends EventMessage<?>>> letters(String group) {
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue(group).deadLetters().forEach(sequence -> sequence.forEach(letters::add));
        return letters;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return processing.deadLetterQueue(group)
                .orElseThrow(() -> new IllegalArgumentException("no dead-letter queue for " + group));
    }

    private static ParkedEvent view(DeadLetter<? extends EventMessage<?>> letter, long lettersInSequence) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> stored ? stored : null;
        Optional<Cause> cause = letter.cause();
        return new ParkedEvent(letterId(letter), sequenceIdentifier(letter), lettersInSequence, event.getIdentifier(),
                event.getPayloadType().getName(),
                domain == null ? null : domain.getType(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                cause.map(Cause::type).orElse(null), cause.map(Cause::message).orElse(null),
                letter.enqueuedAt(), letter.lastTouched());
    }

    /** The JDBC queue's own id of the letter; the event's id for a queue that has none. */
    private static String letterId(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> stored ? stored.getIdentifier()
                : letter.message().getIdentifier();
    }

    /** The sequence the JDBC queue filed the letter under (the processor's sequencing policy decided it). */
    private static String sequenceIdentifier(DeadLetter<?> letter) {
        if (letter instanceof JdbcDeadLetter<?> stored) {
            return stored.getSequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : letter.message().getIdentifier();
    }
}
