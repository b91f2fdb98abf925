-- Daily digests by e-mail (DailyDigests). A signed-in user's address is not kept here but in the person register,
-- where erasure reaches it: person_id links the account to the register's record of the staff member, made when
-- they give their address on «Сводка по почте». digest_enabled is their own switch.
ALTER TABLE ui_user
    ADD COLUMN person_id      UUID,
    ADD COLUMN digest_enabled BOOLEAN NOT NULL DEFAULT TRUE;

-- One digest per user and day, whatever the number of nodes or runs: a run claims the row before it sends, and
-- gives it back if the message could not be sent.
CREATE TABLE digest_sent (
    username VARCHAR(100)             NOT NULL,
    day      DATE                     NOT NULL,
    sent_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    pairs    INTEGER                  NOT NULL,
    items    INTEGER                  NOT NULL,
    PRIMARY KEY (username, day)
);
