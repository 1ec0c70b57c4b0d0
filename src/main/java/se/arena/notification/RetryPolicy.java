package se.arena.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How long the relay waits before trying a failed message again, and when it gives up.
 *
 * @param maxAttempts failed attempts after which a message is FAILED
 * @param backoff     wait after the 1st, 2nd, ... failure; the last one repeats if attempts outnumber it
 */
record RetryPolicy(int maxAttempts, List<Duration> backoff) {

    RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (backoff == null || backoff.isEmpty() || backoff.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("backoff needs at least one positive duration");
        }
        backoff = List.copyOf(backoff);
    }

    /** @return when to try again after the given number of failed attempts, or empty to give up */
    Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = backoff.get(Math.min(Math.max(failedAttempts, 1), backoff.size()) - 1);
        return Optional.of(failedAt.plus(wait));
    }
}
