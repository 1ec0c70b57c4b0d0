-- The database side of one registration, as Registrations.register runs it: take the network's
-- lock row, count the seats, insert. pgbench runs it to find the database's own limit.
\set organisation random(1, 311)
\set person random(1, 1000000000)
BEGIN;
SELECT network_id FROM registration_lock WHERE network_id = :network FOR UPDATE;
SELECT count(*) FROM registration WHERE network_id = :network AND organisation_id = :organisation AND status = 'CONFIRMED';
SELECT count(*) FROM registration WHERE network_id = :network AND status = 'CONFIRMED';
SELECT id FROM registration WHERE submission_key = 'pgbench-' || :client_id || '-' || :person;
INSERT INTO registration (network_id, organisation_id, email, active_email, name, participant_kind, status,
                          submission_key, manage_token_hash, created_at)
VALUES (:network, :organisation, 'pgbench-' || :client_id || '-' || :person || '@example.org',
        'pgbench-' || :client_id || '-' || :person || '@example.org', 'Pgbench', 'CIVIL_SERVANT', 'WAITLISTED',
        'pgbench-' || :client_id || '-' || :person, md5('pgbench-' || :client_id || '-' || :person || random()), now());
COMMIT;
