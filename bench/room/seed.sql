-- A full room for the room benchmark (psql -v network=<id> -v reader=<e-mail>): 600 seat holders,
-- 1,000 threads of 20 posts each (20,000 posts), 2,000 documents with one or two versions, and the
-- bench reader's markers on half of the threads.
-- Written straight into the tables: the point is the size of the data the pages read, not how it got there.
INSERT INTO registration (network_id, organisation_id, email, active_email, name, title, participant_kind, status,
                          submission_key, created_at, confirmed_at)
SELECT :network, o.id, 'bench-' || g || '@example.org', 'bench-' || g || '@example.org', 'Deltagare ' || g, 'Utvecklingsledare',
       'CIVIL_SERVANT', 'CONFIRMED', 'bench-registration-' || g, now(), now()
FROM generate_series(1, 600) g
JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM organisation) o ON o.n = g % o.total + 1;

INSERT INTO room_thread (network_id, title, started_by, created_at, last_post_at, post_count)
SELECT :network, 'Bänktråd ' || t || ': samverkan med föreningar', 'Deltagare ' || (t % 600 + 1),
       now() - make_interval(mins => t * 30), now() - make_interval(mins => t * 30), 20
FROM generate_series(1, 1000) t;

INSERT INTO room_post (thread_id, network_id, author_email, author_name, body, submission_key, created_at)
SELECT th.id, :network, 'bench-' || ((th.id + p) % 600 + 1) || '@example.org', 'Deltagare ' || ((th.id + p) % 600 + 1),
       'Inlägg ' || p || ' i tråden: så arbetar vi med överenskommelser, bidrag och dialog med civilsamhället i kommunen. '
           || repeat('Mer text om erfarenheterna. ', 10),
       'bench-post-' || th.id || '-' || p, th.created_at + make_interval(secs => p)
FROM room_thread th CROSS JOIN generate_series(1, 20) p
WHERE th.network_id = :network AND th.title LIKE 'Bänktråd %';

UPDATE room_thread t SET last_post_id = (SELECT max(p.id) FROM room_post p WHERE p.thread_id = t.id)
WHERE t.network_id = :network AND t.title LIKE 'Bänktråd %';

INSERT INTO room_read (thread_id, email, last_read_post_id)
SELECT t.id, :'reader', t.last_post_id FROM room_thread t
WHERE t.network_id = :network AND t.title LIKE 'Bänktråd %' AND t.id % 2 = 0;

INSERT INTO room_document (network_id, title, created_by_email, created_by_name, created_at, updated_at, version_count)
SELECT :network, 'Bänkdokument ' || d || ': minnesanteckningar', 'bench-' || (d % 600 + 1) || '@example.org',
       'Deltagare ' || (d % 600 + 1), now() - make_interval(mins => d * 15), now() - make_interval(mins => d * 15), 1 + d % 2
FROM generate_series(1, 2000) d;

INSERT INTO room_document_version (document_id, file_name, content_type, size_bytes, content, uploaded_at,
                                   uploaded_by_email, uploaded_by_name, submission_key)
SELECT doc.id, 'anteckningar-' || doc.id || '-' || v || '.txt', 'text/plain', 2048, convert_to(repeat('Anteckningar. ', 146), 'UTF8'),
       doc.created_at + make_interval(mins => v), doc.created_by_email, doc.created_by_name, 'bench-document-' || doc.id || '-' || v
FROM room_document doc CROSS JOIN generate_series(1, 2) v
WHERE doc.network_id = :network AND doc.title LIKE 'Bänkdokument %' AND v <= doc.version_count;

UPDATE room_document d SET latest_version_id = (SELECT max(v.id) FROM room_document_version v WHERE v.document_id = d.id)
WHERE d.network_id = :network AND d.title LIKE 'Bänkdokument %';

ANALYZE;
