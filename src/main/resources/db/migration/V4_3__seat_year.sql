-- A seat runs over the network's whole period, and each of its years carries its own status, so
-- that the yearly re-confirmation can decline or lapse one year without touching the others. A
-- year belongs to the registration that held the seat in it; a transfer hands the later years on.
CREATE TABLE seat_year (
    registration_id BIGINT      NOT NULL REFERENCES registration (id),
    period_year     INTEGER     NOT NULL,
    status          VARCHAR(20) NOT NULL CHECK (status IN ('CONFIRMED', 'DECLINED', 'LAPSED')),
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (registration_id, period_year)
);
CREATE INDEX seat_year_by_year ON seat_year (period_year, status);

-- Seats confirmed before years were kept hold every year of the period from the one they were confirmed in.
INSERT INTO seat_year (registration_id, period_year, status, changed_at)
SELECT r.id, n.first_year + o.n, 'CONFIRMED', r.confirmed_at
FROM registration r
JOIN network n ON n.id = r.network_id
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) AS o (n)
WHERE r.status = 'CONFIRMED'
  AND n.first_year + o.n <= n.last_year
  AND n.first_year + o.n >= EXTRACT(YEAR FROM r.confirmed_at);
