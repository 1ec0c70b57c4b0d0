package se.arena.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A staff sign-in between its steps, kept in the session: the password was right (or a set-up
 * link was used) but the second factor is still missing. It grants nothing by itself.
 */
record PendingSignIn(long accountId, Stage stage, Instant startedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_ATTRIBUTE = "arena.pendingSignIn";
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    enum Stage {
        /** Asks for a code from the authenticator app or a backup code. */
        SECOND_FACTOR,
        /** A new staff member connects their authenticator app. */
        APP_ENROLMENT
    }

    boolean isExpiredAt(Instant now) {
        return startedAt.plus(LIFETIME).isBefore(now);
    }
}
