-- Sign-up and speaker links move to personal_link, where they expire and can be revoked: a
-- sign-up's link works until 30 days after its occasion, a speaker's until a day after the
-- activity's last occasion.
INSERT INTO personal_link (kind, reference, token_hash, created_at, expires_at)
SELECT 'sign-up', CAST(s.id AS VARCHAR(20)), s.manage_token_hash, s.created_at, o.ends_at + INTERVAL '30' DAY
FROM activity_sign_up s
JOIN activity_occasion o ON o.id = s.occasion_id;

ALTER TABLE activity_sign_up DROP CONSTRAINT activity_sign_up_manage_token_unique;
ALTER TABLE activity_sign_up DROP COLUMN manage_token_hash;

INSERT INTO personal_link (kind, reference, token_hash, created_at, expires_at)
SELECT 'speaker', CAST(a.id AS VARCHAR(20)), a.speaker_token_hash, CURRENT_TIMESTAMP,
       COALESCE((SELECT max(o.ends_at) FROM activity_occasion o WHERE o.activity_id = a.id), CURRENT_TIMESTAMP)
           + INTERVAL '1' DAY
FROM activity a
WHERE a.speaker_token_hash IS NOT NULL;

ALTER TABLE activity DROP CONSTRAINT activity_speaker_token_unique;
ALTER TABLE activity DROP COLUMN speaker_token_hash;
