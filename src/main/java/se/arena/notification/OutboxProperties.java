package se.arena.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the e-mail relay under {@code arena.outbox.*}.
 *
 * @param relayInterval pause between two relay runs on a node
 * @param maxAttempts   failed SMTP attempts after which a message is FAILED and left to staff
 * @param backoff       wait after the 1st, 2nd, ... failure
 * @param batchSize     messages a relay run looks at per database round trip
 * @param claimTimeout  how long a node may hold a message it is sending; must exceed the SMTP
 *                      timeouts, or another node takes the message over while it is still being sent
 */
@ConfigurationProperties("arena.outbox")
record OutboxProperties(Duration relayInterval, Integer maxAttempts, List<Duration> backoff,
                        Integer batchSize, Duration claimTimeout) {

    OutboxProperties {
        relayInterval = relayInterval == null ? Duration.ofSeconds(10) : relayInterval;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        backoff = backoff == null || backoff.isEmpty()
                ? List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                        Duration.ofHours(2), Duration.ofHours(6))
                : List.copyOf(backoff);
        batchSize = batchSize == null ? 100 : batchSize;
        claimTimeout = claimTimeout == null ? Duration.ofMinutes(5) : claimTimeout;
        if (batchSize < 1 || relayInterval.isNegative() || relayInterval.isZero() || claimTimeout.isNegative()
                || claimTimeout.isZero()) {
            throw new IllegalArgumentException("arena.outbox: batch-size, relay-interval and claim-timeout must be positive");
        }
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, backoff);
    }
}
