package se.arena.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

@Repository
class InvoiceDetailsRepository {

    private static final String SELECT_DETAILS = """
            SELECT organisation_id, additional_line, street, postal_code, city, reference, peppol_id, gln, changed_by, changed_at
            FROM organisation_invoice_details
            """;

    private final JdbcClient jdbc;

    InvoiceDetailsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrganisationInvoiceDetails> find(long organisationId) {
        return jdbc.sql(SELECT_DETAILS + "WHERE organisation_id = :organisation").param("organisation", organisationId)
                .query(InvoiceDetailsRepository::details).optional();
    }

    List<OrganisationInvoiceDetails> findAll(Collection<Long> organisationIds) {
        return jdbc.sql(SELECT_DETAILS + "WHERE organisation_id IN (:organisations)").param("organisations", organisationIds)
                .query(InvoiceDetailsRepository::details).list();
    }

    /** Holds the organisation's row until the transaction ends, so two saves are decided one at a time. */
    Optional<OrganisationInvoiceDetails> lock(long organisationId) {
        return jdbc.sql(SELECT_DETAILS + "WHERE organisation_id = :organisation FOR UPDATE").param("organisation", organisationId)
                .query(InvoiceDetailsRepository::details).optional();
    }

    void insert(OrganisationInvoiceDetails details, String changedBy, Instant now) {
        values(jdbc.sql("""
                INSERT INTO organisation_invoice_details (organisation_id, additional_line, street, postal_code, city, reference,
                                                          peppol_id, gln, changed_by, changed_at)
                VALUES (:organisation, :additionalLine, :street, :postalCode, :city, :reference, :peppolId, :gln, :by, :now)
                """), details, changedBy, now).update();
    }

    void update(OrganisationInvoiceDetails details, String changedBy, Instant now) {
        values(jdbc.sql("""
                UPDATE organisation_invoice_details
                SET additional_line = :additionalLine, street = :street, postal_code = :postalCode, city = :city,
                    reference = :reference, peppol_id = :peppolId, gln = :gln, changed_by = :by, changed_at = :now
                WHERE organisation_id = :organisation
                """), details, changedBy, now).update();
    }

    private static StatementSpec values(StatementSpec statement, OrganisationInvoiceDetails details, String changedBy, Instant now) {
        return statement.param("organisation", details.organisationId())
                .param("additionalLine", details.additionalLine())
                .param("street", details.street())
                .param("postalCode", details.postalCode())
                .param("city", details.city())
                .param("reference", details.reference())
                .param("peppolId", details.peppolId() == null ? null : details.peppolId().toString())
                .param("gln", details.gln())
                .param("by", changedBy)
                .param("now", Timestamp.from(now));
    }

    private static OrganisationInvoiceDetails details(ResultSet rs, int row) throws SQLException {
        String peppolId = rs.getString("peppol_id");
        return new OrganisationInvoiceDetails(rs.getLong("organisation_id"), rs.getString("street"), rs.getString("additional_line"),
                rs.getString("postal_code"), rs.getString("city"), rs.getString("reference"),
                peppolId == null ? null : PeppolId.parse(peppolId), rs.getString("gln"), rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
