-- The registration module's links move to personal_link, where they expire and can be revoked:
-- a registration's own page for 60 days, a confirmation link until 30 days past its hold, a seat
-- offer for 14 days from when it was made, a re-confirmation request until a week after its deadline.
-- A pending registration's manage token was never sent, so it is not kept.
INSERT INTO personal_link (kind, reference, token_hash, created_at, expires_at)
SELECT 'registration', CAST(id AS VARCHAR(20)), manage_token_hash, created_at, CURRENT_TIMESTAMP + INTERVAL '60' DAY
FROM registration
WHERE status NOT IN ('PENDING', 'EXPIRED');

INSERT INTO personal_link (kind, reference, token_hash, created_at, expires_at)
SELECT 'registration-confirmation', CAST(id AS VARCHAR(20)), confirmation_token_hash, created_at,
       hold_expires_at + INTERVAL '30' DAY
FROM registration
WHERE confirmation_token_hash IS NOT NULL;

ALTER TABLE registration DROP CONSTRAINT registration_manage_token_unique;
ALTER TABLE registration DROP COLUMN manage_token_hash;
ALTER TABLE registration DROP CONSTRAINT registration_confirmation_token_unique;
ALTER TABLE registration DROP COLUMN confirmation_token_hash;

INSERT INTO personal_link (kind, reference, token_hash, created_at, expires_at)
SELECT 'seat-transfer', CAST(id AS VARCHAR(20)), token_hash, created_at, created_at + INTERVAL '14' DAY
FROM seat_transfer
WHERE accepted_at IS NULL;

ALTER TABLE seat_transfer DROP CONSTRAINT seat_transfer_token_unique;
ALTER TABLE seat_transfer DROP COLUMN token_hash;

INSERT INTO personal_link (kind, reference, token_hash, created_at, expires_at)
SELECT 'renewal', CAST(q.id AS VARCHAR(20)), l.token_hash, q.sent_at,
       CAST(r.deadline AS TIMESTAMP WITH TIME ZONE) + INTERVAL '8' DAY
FROM renewal_link l
JOIN renewal_request q ON q.id = l.request_id
JOIN renewal_round r ON r.id = q.round_id;

DROP TABLE renewal_link;
