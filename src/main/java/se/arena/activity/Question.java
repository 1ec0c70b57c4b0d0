package se.arena.activity;

import java.time.Instant;

/** A participant's question to the speaker, as the other participants, staff and the speaker see it. */
public record Question(long id, long activityId, long signUpId, String askedBy, String question, QuestionStatus status,
                       Instant createdAt) {

    public static final int MAX_LENGTH = 2000;

    public boolean isVisibleToParticipants() {
        return status != QuestionStatus.HIDDEN;
    }
}
