-- The person register: personal data kept out of the event store so that it can be erased
-- (the events carry only person ids). Erasure blanks the data and keeps the id and the time.
CREATE TABLE person_register (
    person_id      UUID                     NOT NULL PRIMARY KEY,
    last_name      VARCHAR(100),
    first_name     VARCHAR(100),
    middle_name    VARCHAR(100),
    birth_date     DATE,
    email          VARCHAR(200),
    phone          VARCHAR(50),
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at      TIMESTAMP WITH TIME ZONE,
    erasure_reason VARCHAR(500),
    CONSTRAINT person_register_erased_is_empty CHECK (
        erased_at IS NULL OR (last_name IS NULL AND first_name IS NULL AND middle_name IS NULL
                              AND birth_date IS NULL AND email IS NULL AND phone IS NULL))
);
