-- Keyed hash chains (EventHashChain): every new link is HMAC-SHA-256 with a key kept outside the database, named by
-- key_id so that keys can be rotated; links made before keys existed are plain SHA-256 and have no key_id.
ALTER TABLE event_hash_chain ADD COLUMN key_id VARCHAR(40);

-- The global chain (EventSealer): every event of the store, in the order it was sealed, linked to the one sealed
-- before it, so that removing any event — a whole stream, or the newest ones — breaks it. position counts from 1
-- without gaps; the link covers the event's place and all of its stored form.
CREATE TABLE event_global_chain (
    position            BIGINT                   NOT NULL PRIMARY KEY,
    globalindex         BIGINT                   NOT NULL UNIQUE,
    aggregateidentifier VARCHAR(255)             NOT NULL,
    sequencenumber      BIGINT                   NOT NULL,
    eventidentifier     VARCHAR(255)             NOT NULL UNIQUE,
    key_id              VARCHAR(40)              NOT NULL,
    hash                CHAR(64)                 NOT NULL,
    sealed_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX event_global_chain_aggregate ON event_global_chain (aggregateidentifier, sequencenumber);

-- A snapshot's seal (SnapshotSeals): HMAC over the link of the event the snapshot was taken at and the snapshot's
-- stored bytes. A snapshot without a matching seal is not used: the aggregate is rebuilt from its events.
CREATE TABLE snapshot_seal (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    key_id              VARCHAR(40)  NOT NULL,
    seal                CHAR(64)     NOT NULL,
    PRIMARY KEY (aggregateidentifier, sequencenumber)
);
