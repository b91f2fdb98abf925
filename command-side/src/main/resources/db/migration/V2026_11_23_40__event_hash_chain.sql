-- The tamper-evident hash chain over the event store: one link per stored event, written in the transaction
-- that appends the event (EventChainWriter). Each link is SHA-256 over the previous link of the same
-- aggregate and the event's stored columns (EventHashChain in the shared kernel); the audit verification
-- recomputes it from domainevententry and names the first event whose link does not match.
CREATE TABLE event_hash_chain (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL,
    hash                CHAR(64)     NOT NULL,
    PRIMARY KEY (aggregateidentifier, sequencenumber),
    UNIQUE (eventidentifier)
);
