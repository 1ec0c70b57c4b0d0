-- The random key of the appointment form a coordinator submitted: a second submit of the same
-- form (a double click, the back button) finds the decision already recorded instead of recording
-- it again. Decisions recorded before the form had a key have none.
ALTER TABLE appointment ADD COLUMN submission_key VARCHAR(64);
ALTER TABLE appointment ADD CONSTRAINT appointment_submission_once UNIQUE (submission_key);
CREATE INDEX registration_by_appointment ON registration (appointment_id);
