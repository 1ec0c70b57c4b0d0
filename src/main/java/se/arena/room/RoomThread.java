package se.arena.room;

import java.time.Instant;

/**
 * A thread of a room, as the thread list shows it.
 *
 * @param lastReadPostId the last post the reader has read, 0 for none
 * @param unread         whether it has a post newer than the last one the reader has read
 * @param subgroupId     the sub-group it belongs to, null for the whole room; {@code subgroupName} names it
 */
public record RoomThread(long id, long networkId, String title, String startedBy, Instant createdAt, Instant lastPostAt,
                         int postCount, long lastReadPostId, boolean unread, Long subgroupId, String subgroupName) {

    public static final int MAX_TITLE_LENGTH = 200;
}
