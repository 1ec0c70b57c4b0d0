-- The SEQUENCE of the last calendar invitation sent for a sign-up (NULL before the first): a
-- calendar program replaces its copy of the event only when the number has grown.
ALTER TABLE activity_sign_up ADD COLUMN calendar_sequence INTEGER;
-- Set by the one conditional update that sends the reminder, so a person is reminded once.
ALTER TABLE activity_sign_up ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
-- Set by the one conditional update that sends the invitation, so the networks are invited once.
ALTER TABLE activity ADD COLUMN invitation_sent_at TIMESTAMP WITH TIME ZONE;
