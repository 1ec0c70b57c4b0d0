package se.arena.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private static final Instant FAILED_AT = Instant.parse("2026-03-02T08:00:00Z");

    private final RetryPolicy policy = new RetryPolicy(5, List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6)));

    @Test
    void waitsLongerAfterEachFailure() {
        assertThat(policy.nextAttempt(1, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(1)));
        assertThat(policy.nextAttempt(2, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(5)));
        assertThat(policy.nextAttempt(3, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(30)));
        assertThat(policy.nextAttempt(4, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofHours(2)));
    }

    @Test
    void givesUpAtTheMaximumNumberOfAttempts() {
        assertThat(policy.nextAttempt(5, FAILED_AT)).isEmpty();
        assertThat(policy.nextAttempt(6, FAILED_AT)).isEmpty();
    }

    @Test
    void repeatsTheLastWaitWhenAttemptsOutnumberTheSchedule() {
        RetryPolicy patient = new RetryPolicy(10, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)));
        assertThat(patient.nextAttempt(7, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(10)));
    }

    @Test
    void refusesASettingThatWouldRetryAtOnceOrNever() {
        assertThatThrownBy(() -> new RetryPolicy(0, List.of(Duration.ofMinutes(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, List.of(Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
