-- A registration from the public form is PENDING until the person confirms it by the link
-- e-mailed to the address, and EXPIRED when the hold runs out first. The status column is rebuilt
-- to widen its check: the old check has no name that both databases would let us drop.
ALTER TABLE registration ADD COLUMN registration_status VARCHAR(20);
UPDATE registration SET registration_status = status;
DROP INDEX registration_by_network_status;
ALTER TABLE registration DROP COLUMN status;
ALTER TABLE registration RENAME COLUMN registration_status TO status;
ALTER TABLE registration ALTER COLUMN status SET NOT NULL;
ALTER TABLE registration ADD CONSTRAINT registration_status
    CHECK (status IN ('PENDING', 'CONFIRMED', 'WAITLISTED', 'CANCELLED', 'TRANSFERRED', 'EXPIRED'));
CREATE INDEX registration_by_network_status ON registration (network_id, status, organisation_id);

-- The digest of the confirmation link (set only for registrations that needed one), and until
-- when a pending registration is held: one that holds a seat counts against the limits until then.
ALTER TABLE registration ADD COLUMN confirmation_token_hash VARCHAR(64);
ALTER TABLE registration ADD CONSTRAINT registration_confirmation_token_unique UNIQUE (confirmation_token_hash);
ALTER TABLE registration ADD COLUMN hold_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE registration ADD COLUMN holds_seat BOOLEAN DEFAULT FALSE NOT NULL;

-- The waitlist runs in the order people joined it; a pending place joins when it is confirmed.
ALTER TABLE registration ADD COLUMN queued_at TIMESTAMP WITH TIME ZONE;
UPDATE registration SET queued_at = created_at WHERE status = 'WAITLISTED';

-- Rate limits count recent rows: confirmation links per address, offers per seat and per address,
-- appointments per account.
CREATE INDEX registration_by_email ON registration (email, created_at);
CREATE INDEX seat_transfer_by_registration ON seat_transfer (registration_id, created_at);
CREATE INDEX seat_transfer_by_email ON seat_transfer (colleague_email, created_at);
CREATE INDEX appointment_by_account ON appointment (recorded_by_account, created_at);
