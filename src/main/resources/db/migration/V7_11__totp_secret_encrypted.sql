-- TOTP secrets are stored encrypted (AES-GCM, "v1:" + base64 of nonce and ciphertext), which is
-- longer than the 32 base32 characters of a plain secret. Plain secrets from before are encrypted
-- at start-up (se.arena.identity.internal.LegacyTotpSecrets).
ALTER TABLE account ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(200);

-- A value derived from arena.security.secret-key, written by the first node that starts with a
-- key. A node whose key gives another value refuses to start, instead of failing every second
-- factor and writing secrets that the other nodes cannot read.
CREATE TABLE secret_key_check (
    id        INT         NOT NULL PRIMARY KEY CHECK (id = 1),
    key_check VARCHAR(64) NOT NULL
);
