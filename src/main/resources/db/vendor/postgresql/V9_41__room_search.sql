-- Search in a room (issue 13, item 7): full-text indexes with the Swedish configuration, so that
-- "kommunerna" finds "kommuner". The expressions are exactly those the search query uses
-- (to_tsvector('swedish', …)), which is what lets PostgreSQL use them.
CREATE INDEX room_post_search ON room_post USING GIN (to_tsvector('swedish', body));
CREATE INDEX room_thread_search ON room_thread USING GIN (to_tsvector('swedish', title));
CREATE INDEX room_document_search ON room_document USING GIN (to_tsvector('swedish', title));
