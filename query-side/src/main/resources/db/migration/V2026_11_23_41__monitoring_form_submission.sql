-- Submitted monitoring forms, frozen as sent (MonitoringFormSubmissionProjection). Rebuilt on replay.
CREATE TABLE monitoring_form_submission (
    organization_id UUID         NOT NULL,
    year            INTEGER      NOT NULL,
    version         INTEGER      NOT NULL,
    submitted_on    DATE         NOT NULL,
    reference       VARCHAR(300) NOT NULL,
    form            JSONB        NOT NULL,
    PRIMARY KEY (organization_id, year, version)
);
