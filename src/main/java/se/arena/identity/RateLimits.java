package se.arena.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

/**
 * Token buckets per key (an IP address, an e-mail address) for sign-in and public forms, so a
 * script cannot hammer them. Kept in memory per node: failed staff sign-ins, which must be
 * counted across nodes, are counted in the database instead.
 */
@Component
public class RateLimits {

    private static final int MAX_KEYS = 50_000;

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_KEYS;
        }
    });
    private final TimeMeter time;

    public RateLimits(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Duration sinceEpoch = Duration.ofMillis(clock.millis());
                return sinceEpoch.toNanos();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /**
     * @param key what is limited, e.g. "sign-in-link:ip:192.0.2.1"
     * @return false when the key has used up its attempts for now
     */
    public boolean tryAcquire(String key, int attempts, Duration period) {
        Bucket bucket = buckets.computeIfAbsent(key, unused -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, period).build())
                .withCustomTimePrecision(time)
                .build());
        return bucket.tryConsume(1);
    }
}
