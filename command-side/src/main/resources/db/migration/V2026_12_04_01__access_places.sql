-- Where every guarded thing lies, for the authorization policy: organizations, the territories they lie in,
-- programs, pairs, road maps (subject_id is the thing's id) and people (one row per organization or territory
-- that registered or enrolled them). Written in the transaction that stores the event which made the thing.
CREATE TABLE access_place (
    subject_id      UUID         NOT NULL,
    region          VARCHAR(300) NOT NULL,
    municipality    VARCHAR(300) NOT NULL DEFAULT '',
    organization_id UUID,
    place_key       VARCHAR(700) GENERATED ALWAYS AS (
        region || '/' || municipality || '/' || coalesce(organization_id::text, '')) STORED,
    PRIMARY KEY (subject_id, place_key)
);
