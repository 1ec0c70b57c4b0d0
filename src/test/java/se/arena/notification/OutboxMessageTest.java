package se.arena.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMessageTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");
    private static final RetryPolicy POLICY =
            new RetryPolicy(3, List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)));

    @Test
    void aFailedAttemptIsCountedAndTriedAgainLater() {
        Instant failedAt = CREATED.plusSeconds(3);
        OutboxMessage.Failure failure = message(OutboxStatus.SENDING, 0).failed(POLICY, failedAt, "Connection refused");
        assertThat(failure).isEqualTo(new OutboxMessage.Failure(
                OutboxStatus.PENDING, 1, failedAt.plus(Duration.ofMinutes(1)), "Connection refused"));
        assertThat(message(OutboxStatus.SENDING, 1).failed(POLICY, failedAt, "timeout").nextAttemptAt())
                .isEqualTo(failedAt.plus(Duration.ofMinutes(5)));
    }

    @Test
    void theLastAllowedFailureMakesTheMessageFailed() {
        OutboxMessage.Failure failure = message(OutboxStatus.SENDING, 2).failed(POLICY, CREATED, "550 no such user");
        assertThat(failure.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failure.attempts()).isEqualTo(3);
    }

    @Test
    void statusReadsAsNotSentWhileNoMailServerIsConfigured() {
        assertThat(message(OutboxStatus.PENDING, 0).statusText(false))
                .isEqualTo("Ej skickat (ingen e-postserver konfigurerad)");
        assertThat(message(OutboxStatus.PENDING, 0).statusText(true)).isEqualTo("Väntar på att skickas");
        assertThat(message(OutboxStatus.PENDING, 2).statusText(true)).isEqualTo("Väntar på nytt försök");
        assertThat(message(OutboxStatus.FAILED, 5).statusText(true)).isEqualTo("Misslyckades efter 5 försök");
        assertThat(message(OutboxStatus.SENT, 0).statusText(false)).isEqualTo("Skickat");
    }

    private static OutboxMessage message(OutboxStatus status, int attempts) {
        return new OutboxMessage(1, "<a@example.org>", "anna@example.org", "Ämne", "text", "<p>html</p>",
                status, attempts, CREATED, null, null, null, CREATED, null, null, null);
    }
}
