-- Messages stored before personal links were kept apart hold them in their bodies: mask every
-- link that ends in a secret (43 URL-safe characters), so the message log no longer shows them.
-- H2's REGEXP_REPLACE replaces every match (PostgreSQL needs the 'g' flag for that).
UPDATE outbox_message
SET text_body = REGEXP_REPLACE(text_body, 'https?://[^\s"<>]*/[A-Za-z0-9_-]{43}',
                               '[personlig länk – visas bara för mottagaren]'),
    html_body = REGEXP_REPLACE(html_body, 'https?://[^\s"<>]*/[A-Za-z0-9_-]{43}',
                               '[personlig länk – visas bara för mottagaren]');
