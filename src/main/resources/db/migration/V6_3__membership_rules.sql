-- A network's membership rules (MembershipRules): what leaving costs in the current year and how
-- the yearly re-confirmation round runs. The defaults are the seeds' way of working.
ALTER TABLE network ADD COLUMN leaving_fee VARCHAR(30) DEFAULT 'CURRENT_YEAR_INVOICED' NOT NULL;
ALTER TABLE network ADD COLUMN unanswered_seats VARCHAR(10) DEFAULT 'KEEP' NOT NULL;
-- MM-DD; null when staff open the round themselves
ALTER TABLE network ADD COLUMN renewal_opens_on VARCHAR(5);
ALTER TABLE network ADD COLUMN renewal_answer_days INTEGER DEFAULT 30 NOT NULL;
ALTER TABLE network ADD COLUMN renewal_reminder_days INTEGER DEFAULT 10 NOT NULL;
ALTER TABLE network ADD CONSTRAINT network_leaving_fee CHECK (leaving_fee IN ('CURRENT_YEAR_INVOICED', 'CURRENT_YEAR_RELEASED'));
ALTER TABLE network ADD CONSTRAINT network_unanswered_seats CHECK (unanswered_seats IN ('KEEP', 'LAPSE'));
ALTER TABLE network ADD CONSTRAINT network_renewal_days CHECK (renewal_answer_days >= 1 AND renewal_reminder_days >= 1);
