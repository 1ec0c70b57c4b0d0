package se.arena.room;

import java.time.Instant;

import se.arena.RichText;

/**
 * A visible post as the room's start page lists it, with the thread it belongs to.
 *
 * @param subgroupId the sub-group of the thread, null for the whole room
 */
public record RecentPost(long id, long threadId, String threadTitle, Long subgroupId, String authorEmail, String authorName, String body,
                         Instant createdAt) {

    public RichText html() {
        return PostText.html(body);
    }
}
