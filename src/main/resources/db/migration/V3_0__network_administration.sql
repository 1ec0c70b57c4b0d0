-- What staff set when they create a network: an optional limit on the number of participants
-- in total, and which kinds of member may join.
ALTER TABLE network ADD COLUMN total_capacity INT CHECK (total_capacity > 0);
ALTER TABLE network ADD COLUMN admits_municipalities BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE network ADD COLUMN admits_regions BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE network ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- Networks shown as related on each other's pages (the civil-society network shares its
-- webcasts with the citizen-dialogue networks, for instance).
CREATE TABLE network_related (
    network_id         BIGINT NOT NULL REFERENCES network (id),
    related_network_id BIGINT NOT NULL REFERENCES network (id),
    PRIMARY KEY (network_id, related_network_id),
    CONSTRAINT network_related_not_itself CHECK (network_id <> related_network_id)
);
