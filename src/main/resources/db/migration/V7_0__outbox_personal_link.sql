-- The personal links of an outbox message (sign-in, set-up, a registration's own page, ...). The
-- stored bodies hold a stand-in for each; the relay puts the address in as it sends the message
-- and then forgets it, so neither the message log nor a later copy of the database hands anyone
-- a working link. kind and reference say which module can issue a fresh link for a resend.
CREATE TABLE outbox_link (
    message_id  BIGINT        NOT NULL REFERENCES outbox_message (id),
    link_number INT           NOT NULL CHECK (link_number > 0),
    placeholder VARCHAR(80)   NOT NULL,
    url         VARCHAR(2000),
    kind        VARCHAR(40)   NOT NULL,
    reference   VARCHAR(64)   NOT NULL,
    PRIMARY KEY (message_id, link_number)
);
