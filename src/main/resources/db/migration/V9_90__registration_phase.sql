-- A network may ask each registrant where their organisation stands in the work the network is
-- about; staff turn the question on per network, and sub-group proposals can group by the answers.
ALTER TABLE network ADD COLUMN asks_phase BOOLEAN NOT NULL DEFAULT FALSE;

-- The answer, one of se.arena.registration.Phase; null when the network did not ask, staff added
-- the person without it, or the registration is older than the question.
ALTER TABLE registration ADD COLUMN phase VARCHAR(20) CHECK (phase IN ('NOT_STARTED', 'STARTING', 'ESTABLISHED'));

-- Sub-groups may be proposed by phase. The grouping column is rebuilt to widen its check: the old
-- check has no name that both databases would let us drop.
ALTER TABLE room_subgroup_division ADD COLUMN grouping_by VARCHAR(20);
UPDATE room_subgroup_division SET grouping_by = grouping_key;
ALTER TABLE room_subgroup_division DROP COLUMN grouping_key;
ALTER TABLE room_subgroup_division RENAME COLUMN grouping_by TO grouping_key;
ALTER TABLE room_subgroup_division ALTER COLUMN grouping_key SET NOT NULL;
ALTER TABLE room_subgroup_division ADD CONSTRAINT room_subgroup_division_grouping
    CHECK (grouping_key IN ('SIZE', 'COUNTY', 'NEIGHBOURS', 'PHASE'));
