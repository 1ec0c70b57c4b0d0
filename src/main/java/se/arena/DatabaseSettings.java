package se.arena;

import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * How long the application waits for the database ({@code arena.database.*}), so that a held
 * lock or a slow or lost database costs a request a few seconds and a clear "try again" page,
 * and never holds a pooled connection (and with it every other page) for minutes.
 *
 * @param lockTimeout      the longest a statement waits for a row or table lock (the seat lock, for one)
 * @param statementTimeout the longest one statement may run
 * @param healthTimeout    the longest the health check waits for the database before it answers DOWN
 */
@ConfigurationProperties("arena.database")
public record DatabaseSettings(Duration lockTimeout, Duration statementTimeout, Duration healthTimeout) {

    public DatabaseSettings {
        lockTimeout = positive("lock-timeout", lockTimeout, Duration.ofSeconds(5));
        statementTimeout = positive("statement-timeout", statementTimeout, Duration.ofSeconds(30));
        healthTimeout = positive("health-timeout", healthTimeout, Duration.ofSeconds(1));
    }

    /** The statements that give each new connection these limits, for the databases Arena runs on. */
    Optional<String> sessionSql(DatabaseDriver database) {
        long lock = lockTimeout.toMillis();
        long statement = statementTimeout.toMillis();
        return switch (database) {
            case POSTGRESQL -> Optional.of("SET lock_timeout = " + lock + "; SET statement_timeout = " + statement);
            case H2 -> Optional.of("SET LOCK_TIMEOUT " + lock + "; SET QUERY_TIMEOUT " + statement);
            default -> Optional.empty();
        };
    }

    /** Zero means "wait for ever" to PostgreSQL but "never wait" to H2, so neither is accepted. */
    private static Duration positive(String name, Duration value, Duration otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value.toMillis() < 1) {
            throw new IllegalArgumentException("arena.database." + name + " must be at least 1ms, was " + value);
        }
        return value;
    }
}
