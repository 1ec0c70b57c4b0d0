-- Files sent with an outbox message, such as a calendar invitation (.ics). Written in the same
-- transaction as the message, so a message never goes out without the files it was queued with,
-- and kept with it like the message itself, so that a resend carries them too.
CREATE TABLE outbox_attachment (
    message_id        BIGINT       NOT NULL REFERENCES outbox_message (id),
    -- The attachment's place in its message, from 1: the order in which the mail lists them.
    attachment_number INT          NOT NULL CHECK (attachment_number > 0),
    filename          VARCHAR(200) NOT NULL,
    content_type      VARCHAR(200) NOT NULL,
    content           BYTEA        NOT NULL,
    PRIMARY KEY (message_id, attachment_number)
);
