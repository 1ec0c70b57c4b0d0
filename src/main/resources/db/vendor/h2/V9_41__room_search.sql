-- Search in a room (issue 13, item 7). H2 has no Swedish full-text search: the room searches with
-- a case-insensitive LIKE there, which reads only the room's own posts (room_post_by_network).
-- Flyway needs version 9.41 in both vendor folders, so H2 gets a comment that says so.
COMMENT ON TABLE room_post IS 'Searched with LIKE on H2 and with Swedish full-text search on PostgreSQL';
