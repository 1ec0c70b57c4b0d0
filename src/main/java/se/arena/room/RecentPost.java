package se.arena.room;

import java.time.Instant;

import se.arena.RichText;

/** A visible post as the room's start page lists it, with the thread it belongs to. */
public record RecentPost(long id, long threadId, String threadTitle, String authorEmail, String authorName, String body, Instant createdAt) {

    public RichText html() {
        return PostText.html(body);
    }
}
