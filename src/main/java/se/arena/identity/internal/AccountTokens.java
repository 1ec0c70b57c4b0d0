package se.arena.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.arena.SecretTokens;

/** Single-use secrets for links. Only the digest is stored; the raw token exists only in the link. */
@Repository
class AccountTokens {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues a token; any earlier unused token of the same purpose for the account stops working. */
    String issue(long accountId, TokenPurpose purpose, Duration validity) {
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE account_token SET used_at = :now
                WHERE account_id = :account AND purpose = :purpose AND used_at IS NULL
                """)
                .param("now", Timestamp.from(now)).param("account", accountId).param("purpose", purpose.name())
                .update();
        String token = SecretTokens.newToken();
        jdbc.sql("""
                INSERT INTO account_token (account_id, purpose, token_hash, expires_at)
                VALUES (:account, :purpose, :hash, :expires)
                """)
                .param("account", accountId).param("purpose", purpose.name())
                .param("hash", SecretTokens.digest(token)).param("expires", Timestamp.from(now.plus(validity)))
                .update();
        return token;
    }

    /** Whether the token would be accepted now, without using it up (for the confirmation page). */
    boolean isUsable(String token, TokenPurpose purpose) {
        return jdbc.sql("""
                SELECT count(*) FROM account_token
                WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                """)
                .param("hash", SecretTokens.digest(token)).param("purpose", purpose.name())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single() > 0;
    }

    /**
     * Uses the token up and says whose it was. The conditional update makes it single-use even
     * when the same link is opened twice at the same moment.
     */
    Optional<Long> consume(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = SecretTokens.digest(token);
        int used = jdbc.sql("""
                UPDATE account_token SET used_at = :now
                WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                """)
                .param("now", Timestamp.from(clock.instant())).param("hash", hash).param("purpose", purpose.name())
                .update();
        if (used != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT account_id FROM account_token WHERE token_hash = :hash")
                .param("hash", hash).query(Long.class).optional();
    }
}
