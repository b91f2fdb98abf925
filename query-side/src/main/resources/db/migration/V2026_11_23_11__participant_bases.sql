-- Read model of the two bases (база наставляемых, база наставников): one row per person and program.
-- Names are not copied here: queries join the erasable person_register. Rebuilt from events on replay.
CREATE TABLE base_program (
    program_id      UUID       NOT NULL PRIMARY KEY,
    organization_id UUID       NOT NULL,
    period          VARCHAR(9) NOT NULL
);

CREATE TABLE participant_base (
    program_id         UUID         NOT NULL,
    person_id          UUID         NOT NULL,
    role               VARCHAR(10)  NOT NULL,
    organization_id    UUID         NOT NULL,
    period             VARCHAR(9)   NOT NULL,
    category           VARCHAR(50)  NOT NULL,
    age                INTEGER,
    experience_years   INTEGER,
    grade              VARCHAR(10),
    request            VARCHAR(500),
    request_source     VARCHAR(30),
    competencies       VARCHAR(500),
    capacity           INTEGER,
    enterprise         VARCHAR(300),
    enrolled_on        DATE         NOT NULL,
    consent            VARCHAR(10)  NOT NULL DEFAULT 'NONE',
    consent_given_by   VARCHAR(30),
    consent_date       DATE,
    baseline_assessed  BOOLEAN      NOT NULL DEFAULT FALSE,
    final_assessed     BOOLEAN      NOT NULL DEFAULT FALSE,
    interview          VARCHAR(10)  NOT NULL DEFAULT 'NONE',
    training_sessions  INTEGER      NOT NULL DEFAULT 0,
    pair_id            UUID,
    pair_form          VARCHAR(40),
    pair_status        VARCHAR(10)  NOT NULL DEFAULT 'UNMATCHED',
    mentees_assigned   INTEGER      NOT NULL DEFAULT 0,
    satisfaction       INTEGER,
    awards             INTEGER      NOT NULL DEFAULT 0,
    next_period_mentor VARCHAR(9),
    last_sequence      BIGINT       NOT NULL,
    PRIMARY KEY (program_id, person_id)
);
CREATE INDEX participant_base_filter_idx ON participant_base (role, organization_id, period);
CREATE INDEX participant_base_person_idx ON participant_base (person_id);

-- Pairs and groups as proposed and fixed, so that a withdrawn proposal can return its people to the bases.
CREATE TABLE base_pair (
    program_id UUID        NOT NULL,
    pair_id    UUID        NOT NULL,
    form       VARCHAR(40) NOT NULL,
    status     VARCHAR(10) NOT NULL,
    mentors    UUID[]      NOT NULL,
    mentees    UUID[]      NOT NULL,
    PRIMARY KEY (program_id, pair_id)
);

-- Preferred partners after the group meeting, best first.
CREATE TABLE participant_preference (
    program_id   UUID    NOT NULL,
    person_id    UUID    NOT NULL,
    rank         INTEGER NOT NULL,
    preferred_id UUID    NOT NULL,
    PRIMARY KEY (program_id, person_id, rank)
);
