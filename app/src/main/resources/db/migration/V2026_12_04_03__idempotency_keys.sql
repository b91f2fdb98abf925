-- The Idempotency-Key of a command sent over the API, per caller: the first request claims the key (RUNNING)
-- before its command runs, and its answer is kept (DONE) so that a repeat is answered the same without running
-- the command again. Rows older than mentoring.idempotency.retention are deleted by a db-scheduler task.
CREATE TABLE idempotency_key (
    identity     VARCHAR(300)             NOT NULL,
    key          VARCHAR(200)             NOT NULL,
    -- SHA-256 of the method, the path with its query and the body: the same key with another request is refused
    fingerprint  BYTEA                    NOT NULL,
    state        VARCHAR(10)              NOT NULL CHECK (state IN ('RUNNING', 'DONE')),
    -- which claim holds the key, so that a claim taken over after it was abandoned is not finished by the old one
    claim        UUID                     NOT NULL,
    status       SMALLINT,
    location     VARCHAR(2000),
    content_type VARCHAR(200),
    body         BYTEA,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    completed_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (identity, key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
