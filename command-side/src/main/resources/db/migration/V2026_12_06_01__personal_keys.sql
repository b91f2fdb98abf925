-- Keys that free text about people is sealed with in the event store (JdbcPersonKeys, PersonalTextModule).
-- Erasing a person sets their secret to NULL: every text about them becomes unreadable, and no new key is made.
CREATE TABLE personal_key (
    person_id   UUID                     NOT NULL PRIMARY KEY,
    secret      BYTEA,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    shredded_at TIMESTAMP WITH TIME ZONE,
    CHECK ((secret IS NULL) = (shredded_at IS NOT NULL))
);

-- The register keeps the ground of an erasure (ErasureGround), no longer a reason in words: a reason may itself
-- describe the person. Erasures made before grounds existed keep no ground.
ALTER TABLE person_register RENAME COLUMN erasure_reason TO erasure_ground;
ALTER TABLE person_register ALTER COLUMN erasure_ground TYPE VARCHAR(40) USING NULL;
