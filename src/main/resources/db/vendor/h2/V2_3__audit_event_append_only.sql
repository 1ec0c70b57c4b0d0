-- The audit log is append-only (see V2_2). H2 has no procedural language, so the refusal is a
-- Java trigger shipped with the application. H2 triggers cannot see TRUNCATE; PostgreSQL,
-- the production database, refuses that too.
CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE, DELETE ON audit_event
    FOR EACH ROW CALL 'se.arena.privacy.AuditEventAppendOnlyTrigger';
