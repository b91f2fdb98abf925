-- Read model of the reporting reference data (ReferenceDataProjection): territories' KPI denominators and
-- targets per year, organizations' headcounts per year. The latest entry of a year wins. Rebuilt on replay.
CREATE TABLE territory_figures (
    level           VARCHAR(15)  NOT NULL,
    region          VARCHAR(200) NOT NULL,
    municipality    VARCHAR(200) NOT NULL DEFAULT '',
    year            INTEGER      NOT NULL,
    children_10_19  INTEGER      NOT NULL,
    children_15_19  INTEGER      NOT NULL,
    young_teachers  INTEGER      NOT NULL,
    enterprises     INTEGER      NOT NULL,
    PRIMARY KEY (level, region, municipality, year)
);

CREATE TABLE kpi_target (
    level        VARCHAR(15)  NOT NULL,
    region       VARCHAR(200) NOT NULL,
    municipality VARCHAR(200) NOT NULL DEFAULT '',
    year         INTEGER      NOT NULL,
    kpi          VARCHAR(30)  NOT NULL,
    target       INTEGER      NOT NULL,
    PRIMARY KEY (level, region, municipality, year, kpi)
);

CREATE TABLE organization_headcount (
    organization_id UUID    NOT NULL,
    year            INTEGER NOT NULL,
    students        INTEGER NOT NULL,
    teachers        INTEGER NOT NULL,
    PRIMARY KEY (organization_id, year)
);
