package ru.mentoring.command.audit;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.util.stream.Stream;

/**
 * Axon's JDBC event storage, with every snapshot sealed when it is stored and passed over, when it is read, unless
 * its seal holds ({@link SnapshotSeals}): Axon then loads the aggregate from its events, as it does with no
 * snapshot at all.
 */
class SealedSnapshotsStorageEngine extends JdbcEventStorageEngine {

    private final SnapshotSeals seals;

    SealedSnapshotsStorageEngine(Builder builder, SnapshotSeals seals) {
        super(builder);
        this.seals = seals;
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        super.storeSnapshot(snapshot, serializer);
        seals.seal(snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber());
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return super.readSnapshotData(aggregateIdentifier).filter(snapshot -> seals.holds(
                snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber(), snapshot.getPayload().getType()
                        .getName(), snapshot.getPayload().getType().getRevision(),
                (byte[]) snapshot.getPayload().getData()));
    }
}
