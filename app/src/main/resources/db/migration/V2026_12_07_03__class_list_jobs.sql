-- Class lists being imported from the admin UI (ClassListJobs): how far each is, read by whichever node the
-- progress page asks. A job is kept a day after it was last touched; it holds counts and the outcome in words.
CREATE TABLE class_list_job (
    job_id     UUID                     NOT NULL PRIMARY KEY,
    program_id UUID                     NOT NULL,
    base       VARCHAR(10)              NOT NULL,
    username   VARCHAR(100)             NOT NULL,
    total      INTEGER                  NOT NULL,
    done       INTEGER                  NOT NULL DEFAULT 0,
    state      VARCHAR(10)              NOT NULL,
    message    TEXT,
    imported   INTEGER,
    registered INTEGER,
    recognised INTEGER,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
