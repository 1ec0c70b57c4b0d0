-- Each sub-group's own space in the room (issue 13, item 5): a thread or a document may belong to
-- one sub-group, and then only its members and staff see it; staff link some of the network's
-- activities to a sub-group as its occasions.
ALTER TABLE room_thread ADD COLUMN subgroup_id BIGINT;
ALTER TABLE room_thread ADD CONSTRAINT room_thread_subgroup FOREIGN KEY (subgroup_id) REFERENCES room_subgroup (id);
CREATE INDEX room_thread_by_subgroup ON room_thread (subgroup_id, last_post_at DESC, id DESC);

ALTER TABLE room_document ADD COLUMN subgroup_id BIGINT;
ALTER TABLE room_document ADD CONSTRAINT room_document_subgroup FOREIGN KEY (subgroup_id) REFERENCES room_subgroup (id);
CREATE INDEX room_document_by_subgroup ON room_document (subgroup_id, updated_at DESC, id DESC);

CREATE TABLE room_subgroup_activity (
    subgroup_id BIGINT       NOT NULL REFERENCES room_subgroup (id),
    activity_id BIGINT       NOT NULL REFERENCES activity (id),
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    linked_by   VARCHAR(320) NOT NULL,
    PRIMARY KEY (subgroup_id, activity_id)
);
