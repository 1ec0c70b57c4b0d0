-- The stand-in for a personal link that ends the mail a message belongs to (a room's posts, say):
-- the relay sends it as the List-Unsubscribe header (RFC 2369, one-click by RFC 8058), so that a
-- mail client's own "unsubscribe" button works. Null for a message nobody can unsubscribe from.
ALTER TABLE outbox_message ADD COLUMN list_unsubscribe VARCHAR(80);
