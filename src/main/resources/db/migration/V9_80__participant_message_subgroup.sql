-- A message may go to one sub-group of a network's room (issue 13, item 6). A sub-group is found
-- by its network and its own id, so the message keeps the network's id beside the audience's.
ALTER TABLE participant_message ADD COLUMN audience_network_id BIGINT;

-- The kind's CHECK was written inline, so H2 and PostgreSQL gave it different names. Moving the
-- values to a new column drops it on both (a dropped column takes its constraints with it) and
-- the new constraint gets a name of our own.
ALTER TABLE participant_message ADD COLUMN audience_kind_new VARCHAR(20);
UPDATE participant_message SET audience_kind_new = audience_kind;
ALTER TABLE participant_message DROP COLUMN audience_kind;
ALTER TABLE participant_message RENAME COLUMN audience_kind_new TO audience_kind;
ALTER TABLE participant_message ALTER COLUMN audience_kind SET NOT NULL;
ALTER TABLE participant_message ADD CONSTRAINT participant_message_audience_kind
    CHECK (audience_kind IN ('NETWORK', 'ACTIVITY', 'SUBGROUP'));
ALTER TABLE participant_message ADD CONSTRAINT participant_message_subgroup_network
    CHECK ((audience_kind = 'SUBGROUP') = (audience_network_id IS NOT NULL));
