-- Read model of the program registry (ProgramRegistryProjection). Rebuilt from events on replay.
CREATE TABLE program_registry (
    program_id           UUID                     NOT NULL PRIMARY KEY,
    organization_id      UUID                     NOT NULL,
    period               VARCHAR(9)               NOT NULL,
    title                VARCHAR(300)             NOT NULL,
    curator_id           UUID,
    curator_order_number VARCHAR(50),
    curator_order_date   DATE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    -- sequence number of the program's last event applied: a re-delivered event changes nothing
    last_sequence        BIGINT                   NOT NULL
);
CREATE INDEX program_registry_organization_idx ON program_registry (organization_id, period);
CREATE INDEX program_registry_created_idx ON program_registry (created_at DESC, program_id);
