-- Command-side lookup of program titles per organization and academic year (see JdbcProgramTitles).
CREATE TABLE program_title (
    organization_id UUID         NOT NULL,
    period          VARCHAR(9)   NOT NULL,
    title_key       VARCHAR(300) NOT NULL,
    program_id      UUID         NOT NULL UNIQUE,
    PRIMARY KEY (organization_id, period, title_key)
);
