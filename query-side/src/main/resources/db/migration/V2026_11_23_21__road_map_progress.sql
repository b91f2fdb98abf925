-- Read model of road-map progress (RoadMapProgressProjection). Rebuilt from events on replay.
-- Every row remembers the sequence number of the road map's last event applied to it: a re-delivered event
-- changes nothing.
CREATE TABLE road_map_progress (
    road_map_id           UUID         NOT NULL PRIMARY KEY,
    level                 VARCHAR(20)  NOT NULL,
    owner_id              UUID         NOT NULL,
    period                VARCHAR(9)   NOT NULL,
    title                 VARCHAR(500) NOT NULL,
    template_code         VARCHAR(100),
    revision              INT          NOT NULL,
    approved_revision     INT          NOT NULL DEFAULT 0,
    approval_order        VARCHAR(50),
    approval_date         DATE,
    amendment_reason      VARCHAR(1000),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence         BIGINT       NOT NULL
);
CREATE INDEX road_map_progress_owner_idx ON road_map_progress (owner_id, level);

CREATE TABLE road_map_progress_section (
    road_map_id    UUID         NOT NULL,
    section_number INT          NOT NULL,
    title          VARCHAR(500) NOT NULL,
    PRIMARY KEY (road_map_id, section_number)
);

CREATE TABLE road_map_progress_item (
    item_id             UUID          NOT NULL PRIMARY KEY,
    road_map_id         UUID          NOT NULL,
    section_number      INT           NOT NULL,
    position            BIGINT        NOT NULL,
    number              VARCHAR(20)   NOT NULL,
    activity            TEXT          NOT NULL,
    expected_result     TEXT,
    indicators          TEXT,
    term                TEXT,
    -- the responsible people or units, one a line
    responsible         TEXT          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    completed_on        DATE,
    evidence_document   VARCHAR(500),
    evidence_indicator  VARCHAR(500),
    evidence_event      VARCHAR(100),
    cancellation_reason VARCHAR(1000),
    program_id          UUID,
    milestone           VARCHAR(40),
    last_sequence       BIGINT        NOT NULL
);
CREATE INDEX road_map_progress_item_map_idx ON road_map_progress_item (road_map_id, section_number, position);

-- one row per due date of an item: OPEN, OVERDUE or DONE
CREATE TABLE road_map_progress_occurrence (
    item_id  UUID        NOT NULL,
    due_date DATE        NOT NULL,
    state    VARCHAR(10) NOT NULL,
    PRIMARY KEY (item_id, due_date)
);
