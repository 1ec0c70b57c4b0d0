package se.arena.room;

import java.time.Duration;
import java.time.Instant;

import se.arena.RichText;

/** A post in a room's thread; a hidden one is kept, and shown only as hidden by a moderator. */
public record Post(long id, long threadId, long networkId, String authorEmail, String authorName, String body,
                   Instant createdAt, Instant editedAt, Instant hiddenAt) {

    public static final int MAX_LENGTH = 10_000;

    /** Long enough to fix a typo, short enough that nobody has answered what the post said before. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public boolean isEdited() {
        return editedAt != null;
    }

    public boolean mayBeEditedBy(String email, Instant now) {
        return !isHidden() && authorEmail.equalsIgnoreCase(email) && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    public RichText html() {
        return PostText.html(body);
    }
}
