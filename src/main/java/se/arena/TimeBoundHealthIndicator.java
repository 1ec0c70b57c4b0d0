package se.arena;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Runs another health check and answers DOWN when it has not answered within the time limit:
 * without one, a database that is gone holds the health endpoint for the pool's connection
 * timeout or longer, and a load balancer's probe gives up before it hears DOWN. At most one check
 * runs at a time; a probe that comes while one still waits joins it instead of starting another.
 */
final class TimeBoundHealthIndicator implements HealthIndicator {

    private final HealthIndicator check;
    private final Duration limit;
    private CompletableFuture<Health> running;

    TimeBoundHealthIndicator(HealthIndicator check, Duration limit) {
        this.check = check;
        this.limit = limit;
    }

    @Override
    public Health health() {
        try {
            return current().get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillWaiting) {
            return Health.down().withDetail("error", "no answer within " + limit).build();
        } catch (ExecutionException failed) {
            return Health.down(failed.getCause()).build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }

    private synchronized CompletableFuture<Health> current() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(check::health, task -> Thread.ofVirtual().name("health-check").start(task));
        }
        return running;
    }
}
