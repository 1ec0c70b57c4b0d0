package db.migration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import se.arena.invoicing.PostalAddress;

/**
 * Gives each organisation its invoice details (V8_20) from what its people typed before there
 * were any, once, in the migration: from the organisation's latest registration that holds a
 * confirmed seat and gave an invoice address, that one registration's address and reference
 * together, never one person's address with another's reference. The address is read with the
 * parser the invoice runs used on it until now ({@link PostalAddress#parse}), so the details are
 * what the organisation's invoices have been printing.
 *
 * <p>Left without details, for coordinators or staff to fill in: organisations that asked for an
 * invoice per person (their people's addresses are their units', not the organisation's), and
 * those whose address does not fit the columns. Seeded details may lack a part (a postcode, a
 * reference); the invoice run then says which. They are recorded as changed by "migrering".
 */
public class V8_21__SeedOrganisationInvoiceDetails extends BaseJavaMigration {

    private record Typed(long organisationId, String address, String reference) {
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        List<Typed> newestFirst = jdbc.query("""
                SELECT r.organisation_id, r.invoice_address, r.invoice_reference
                FROM registration r
                WHERE r.status = 'CONFIRMED' AND r.invoice_address IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM invoice_preference p WHERE p.organisation_id = r.organisation_id AND p.per_person)
                ORDER BY r.organisation_id, COALESCE(r.confirmed_at, r.created_at) DESC, r.id DESC
                """, (rs, row) -> new Typed(rs.getLong(1), rs.getString(2), rs.getString(3)));
        Set<Long> seen = new HashSet<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (Typed typed : newestFirst) {
            if (!seen.add(typed.organisationId())) {
                continue;
            }
            PostalAddress address = PostalAddress.parse(typed.address());
            // a unit or c/o line comes first in what people typed, above the street or box
            String additionalLine = address.additionalStreet() == null ? null : address.street();
            String street = address.additionalStreet() == null ? address.street() : address.additionalStreet();
            if (tooLong(additionalLine, 200) || tooLong(street, 200) || tooLong(address.city(), 100)) {
                continue;
            }
            jdbc.update("""
                    INSERT INTO organisation_invoice_details (organisation_id, additional_line, street, postal_code, city, reference,
                                                              changed_by, changed_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'migrering', ?)
                    """, typed.organisationId(), additionalLine, street, address.postalCode(), address.city(),
                    typed.reference() == null || typed.reference().isBlank() ? null : typed.reference().strip(), now);
        }
    }

    private static boolean tooLong(String value, int column) {
        return value != null && value.length() > column;
    }
}
