-- ShedLock's lock table, as its documentation gives it: a job that must run on one node only
-- (se.arena.ClusterJob) first takes its row here. Plain TIMESTAMP, unlike our own instants, on
-- purpose: ShedLock writes and compares the database's own clock (usingDbTime), on PostgreSQL as
-- UTC wall-clock time, and a zone on the column would make the database convert what it compares.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
