-- Several nodes share each projection's segments through Axon's token store. What Axon without Axon Server has no
-- channel for — "every node: let go of this processor, reset it once, take it up again", "split that segment",
-- "who else is alive" — goes through these two tables (ClusterProjections polls them on every node).

-- A rebuild, split or merge asked on any node, done once by whichever node can (done_at set in the same transaction
-- that reset the tokens).
CREATE TABLE projection_request (
    id           BIGSERIAL    PRIMARY KEY,
    processor    VARCHAR(100) NOT NULL,
    action       VARCHAR(10)  NOT NULL CHECK (action IN ('REBUILD', 'SPLIT', 'MERGE')),
    segment      INT,
    requested_by VARCHAR(255) NOT NULL,
    requested_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    done_by      VARCHAR(255),
    done_at      TIMESTAMPTZ,
    outcome      VARCHAR(500)
);

-- one rebuild of a processor waits at a time: asking again while it waits asks nothing more
CREATE UNIQUE INDEX projection_request_one_rebuild ON projection_request (processor)
    WHERE action = 'REBUILD' AND done_at IS NULL;
CREATE INDEX projection_request_pending ON projection_request (id) WHERE done_at IS NULL;

-- The nodes alive: each writes its heartbeat every few seconds; a node unseen for longer than the token claim
-- timeout counts as gone (its segments are then claimed by the others).
CREATE TABLE cluster_node (
    node       VARCHAR(255) PRIMARY KEY,
    started_at TIMESTAMPTZ  NOT NULL,
    seen_at    TIMESTAMPTZ  NOT NULL
);
