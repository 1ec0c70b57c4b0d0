-- Spring Modulith's JDBC event publication registry (schema v2), written once for both
-- databases: VARCHAR without a length is unbounded on PostgreSQL and 1 MB on H2.
CREATE TABLE event_publication (
    id                     UUID                     NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)             NOT NULL,
    event_type             VARCHAR(512)             NOT NULL,
    serialized_event       VARCHAR                  NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

CREATE TABLE demo_content_load (
    name      VARCHAR(100)             NOT NULL PRIMARY KEY,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
