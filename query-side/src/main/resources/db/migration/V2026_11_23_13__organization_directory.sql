-- Read model of the organization directory: the territory (municipality, region) each organization is in,
-- for filters and roll-ups. Rebuilt from events on replay.
CREATE TABLE organization_directory (
    organization_id UUID         NOT NULL PRIMARY KEY,
    name            VARCHAR(300) NOT NULL,
    municipality    VARCHAR(200) NOT NULL,
    region          VARCHAR(200) NOT NULL,
    last_sequence   BIGINT       NOT NULL
);
CREATE INDEX organization_directory_territory_idx ON organization_directory (region, municipality);
