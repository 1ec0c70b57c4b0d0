-- What each member of a room chose to show of themselves on the room's people page (issue 13,
-- item 4). No row means the default: neither e-mail nor phone, so nothing is shown that the
-- person did not choose. The phone is the one the person typed for the room (their registration's
-- only pre-fills the field), kept only while it is shown.
CREATE TABLE room_directory (
    network_id BIGINT       NOT NULL REFERENCES network (id),
    email      VARCHAR(320) NOT NULL,
    show_email BOOLEAN      NOT NULL DEFAULT FALSE,
    show_phone BOOLEAN      NOT NULL DEFAULT FALSE,
    phone      VARCHAR(40),
    PRIMARY KEY (network_id, email)
);
