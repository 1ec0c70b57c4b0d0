-- Messages stored before personal links were kept apart hold them in their bodies: mask every
-- link that ends in a secret (43 URL-safe characters), so the message log no longer shows them.
UPDATE outbox_message
SET text_body = regexp_replace(text_body, 'https?://[^[:space:]"<>]*/[A-Za-z0-9_-]{43}',
                               '[personlig länk – visas bara för mottagaren]', 'g'),
    html_body = regexp_replace(html_body, 'https?://[^[:space:]"<>]*/[A-Za-z0-9_-]{43}',
                               '[personlig länk – visas bara för mottagaren]', 'g');
