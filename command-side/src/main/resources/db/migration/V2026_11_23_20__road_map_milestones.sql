-- Command-side lookups of the road-map milestone policy (MilestoneCompletionPolicy): which road-map items wait
-- for which program milestone, and which milestones programs have reached (a binding made after its milestone
-- completes the item at once).
CREATE TABLE road_map_milestone_binding (
    item_id     UUID        NOT NULL PRIMARY KEY,
    road_map_id UUID        NOT NULL,
    program_id  UUID        NOT NULL,
    milestone   VARCHAR(40) NOT NULL
);
CREATE INDEX road_map_milestone_binding_program_idx ON road_map_milestone_binding (program_id, milestone);

CREATE TABLE program_milestone_reached (
    program_id UUID         NOT NULL,
    milestone  VARCHAR(40)  NOT NULL,
    event_id   VARCHAR(100) NOT NULL,
    reached_on DATE         NOT NULL,
    PRIMARY KEY (program_id, milestone)
);
