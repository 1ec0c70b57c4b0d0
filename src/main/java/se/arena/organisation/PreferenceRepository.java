package se.arena.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PreferenceRepository {

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the organisation asked for invoices per person; empty when it never said. */
    Optional<Boolean> perPerson(long organisationId) {
        return jdbc.sql("SELECT per_person FROM invoice_preference WHERE organisation_id = :organisation")
                .param("organisation", organisationId).query(Boolean.class).optional();
    }

    /** Those of the organisations that want an invoice per person. */
    Set<Long> perPerson(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT organisation_id FROM invoice_preference WHERE per_person AND organisation_id IN (:ids)")
                .param("ids", organisationIds).query(Long.class).list());
    }

    void insert(long organisationId, boolean perPerson, String changedBy, Instant now) {
        jdbc.sql("""
                INSERT INTO invoice_preference (organisation_id, per_person, changed_by, changed_at)
                VALUES (:organisation, :perPerson, :by, :now)
                """)
                .param("organisation", organisationId).param("perPerson", perPerson).param("by", changedBy)
                .param("now", Timestamp.from(now)).update();
    }

    void update(long organisationId, boolean perPerson, String changedBy, Instant now) {
        jdbc.sql("""
                UPDATE invoice_preference SET per_person = :perPerson, changed_by = :by, changed_at = :now
                WHERE organisation_id = :organisation
                """)
                .param("organisation", organisationId).param("perPerson", perPerson).param("by", changedBy)
                .param("now", Timestamp.from(now)).update();
    }
}
