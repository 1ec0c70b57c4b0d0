package se.arena.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonalLinkRepository {

    /** New links someone may have sent for the same thing in {@link #NEW_LINK_WINDOW}: enough for a lost mail, too few to flood an inbox. */
    static final int NEW_LINKS_PER_DAY = 3;
    static final Duration NEW_LINK_WINDOW = Duration.ofDays(1);

    private final JdbcClient jdbc;

    PersonalLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String kind, String reference, String tokenHash, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO personal_link (kind, reference, token_hash, created_at, expires_at)
                VALUES (:kind, :reference, :hash, :createdAt, :expiresAt)
                """)
                .param("kind", kind)
                .param("reference", reference)
                .param("hash", tokenHash)
                .param("createdAt", utc(createdAt))
                .param("expiresAt", utc(expiresAt))
                .update();
    }

    Optional<PersonalLinks.StoredLink> find(String kind, String tokenHash) {
        return findAnyKind(tokenHash).filter(link -> link.kind().equals(kind));
    }

    Optional<PersonalLinks.StoredLink> findAnyKind(String tokenHash) {
        return jdbc.sql("SELECT kind, reference, expires_at, revoked_at FROM personal_link WHERE token_hash = :hash")
                .param("hash", tokenHash)
                .query(PersonalLinkRepository::link)
                .optional();
    }

    int revoke(String kind, String reference, Instant now) {
        return jdbc.sql("""
                UPDATE personal_link SET revoked_at = :now
                WHERE kind = :kind AND reference = :reference AND revoked_at IS NULL AND expires_at > :now
                """)
                .param("kind", kind)
                .param("reference", reference)
                .param("now", utc(now))
                .update();
    }

    long countWorking(String kind, String reference, Instant now) {
        return jdbc.sql("""
                SELECT count(*) FROM personal_link
                WHERE kind = :kind AND reference = :reference AND revoked_at IS NULL AND expires_at > :now
                """)
                .param("kind", kind)
                .param("reference", reference)
                .param("now", utc(now))
                .query(Long.class)
                .single();
    }

    long issuedSince(String kind, String reference, Instant since) {
        return jdbc.sql("""
                SELECT count(*) FROM personal_link
                WHERE kind = :kind AND reference = :reference AND created_at > :since
                """)
                .param("kind", kind)
                .param("reference", reference)
                .param("since", utc(since))
                .query(Long.class)
                .single();
    }

    private static PersonalLinks.StoredLink link(ResultSet rs, int row) throws SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new PersonalLinks.StoredLink(rs.getString("kind"), rs.getString("reference"),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), revoked == null ? null : revoked.toInstant());
    }

    /** The PostgreSQL driver takes OffsetDateTime but not Instant for timestamp with time zone. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
