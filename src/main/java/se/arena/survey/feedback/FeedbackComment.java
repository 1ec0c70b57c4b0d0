package se.arena.survey.feedback;

import java.time.Instant;

/** A "Vad saknade du?" answer, plain text as the visitor wrote it (shown escaped). */
public record FeedbackComment(long id, String page, String comment, Instant createdAt, Instant handledAt, String handledBy) {

    public boolean handled() {
        return handledAt != null;
    }
}
