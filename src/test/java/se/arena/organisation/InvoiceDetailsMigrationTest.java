package se.arena.organisation;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.MigrationSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations get their invoice details from what their people typed before, once, by the
 * migration that follows the new table: from the organisation's latest registration with a
 * confirmed seat that gave an invoice address, address and reference of that one registration.
 * Run on the run's database, in a schema of its own, from the version before it.
 */
@SpringBootTest
class InvoiceDetailsMigrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachOrganisationGetsTheWholeAddressAndReferenceOfItsLatestConfirmedRegistrationNeverTwoPeoplesMixed() throws Exception {
        MigrationSchema migrated = MigrationSchema.create(dataSource, jdbc, "invoice_details");
        String schema = migrated.name();
        try {
            migrated.migrateTo("8.20");
            jdbc.sql("INSERT INTO " + schema + ".county (code, name) VALUES ('17', 'Värmlands län')").update();
            long karlstad = organisation(schema, "1780", "Karlstad");
            long kil = organisation(schema, "1715", "Kil");
            long hammaro = organisation(schema, "1761", "Hammarö");
            long forshaga = organisation(schema, "1763", "Forshaga");
            // Karlstad: the newest confirmed registration has an address without a reference; an older one had both,
            // a newer one is only waitlisted, and a newer one's address never got a seat
            registration(schema, karlstad, "CONFIRMED", "Kommunledningskontoret\nBox 100\n651 84 Karlstad", "KS-GAMMAL", 1);
            registration(schema, karlstad, "CONFIRMED", "Box 200, 651 85 Karlstad", null, 2);
            registration(schema, karlstad, "WAITLISTED", "Box 300, 651 86 Karlstad", "KS-VANTAR", 3);
            registration(schema, karlstad, "CANCELLED", "Box 400, 651 87 Karlstad", "KS-AVBOKAD", 4);
            registration(schema, karlstad, "CONFIRMED", null, "KS-UTAN-ADRESS", 5);
            registration(schema, kil, "CONFIRMED", "Kommunstyrelsen\nBox 1\n665 80 Kil", "KIL-1", 1);
            // Hammarö asked for an invoice per person: its people's addresses are their units'
            registration(schema, hammaro, "CONFIRMED", "Skolan, Box 3, 663 80 Hammarö", "HAM-SKOLAN", 1);
            jdbc.sql("INSERT INTO " + schema + ".invoice_preference (organisation_id, per_person, changed_by, changed_at) "
                    + "VALUES (:id, TRUE, 'handlaggare@example.org', CURRENT_TIMESTAMP)").param("id", hammaro).update();
            registration(schema, forshaga, "WAITLISTED", "Box 9, 667 80 Forshaga", "FOR-1", 1);

            migrated.migrateTo("8.21");

            List<String> seeded = jdbc.sql("SELECT organisation_id, additional_line, street, postal_code, city, reference, changed_by "
                            + "FROM " + schema + ".organisation_invoice_details ORDER BY organisation_id")
                    .query((rs, row) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                            + rs.getString(5) + "|" + rs.getString(6) + "|" + rs.getString(7))
                    .list();
            assertThat(seeded).containsExactly(
                    karlstad + "|null|Box 200|651 85|Karlstad|null|migrering",
                    kil + "|Kommunstyrelsen|Box 1|665 80|Kil|KIL-1|migrering");
        } finally {
            migrated.drop();
        }
    }

    private long organisation(String schema, String code, String name) {
        jdbc.sql("INSERT INTO " + schema + ".organisation (type, code, name, name_search, name_sort_key, county_code) "
                + "VALUES ('MUNICIPALITY', :code, :name, :name, :name, '17')").param("code", code).param("name", name).update();
        return jdbc.sql("SELECT id FROM " + schema + ".organisation WHERE code = :code").param("code", code).query(Long.class).single();
    }

    /** A registration confirmed (or made) on the given day of January 2027. */
    private void registration(String schema, long organisationId, String status, String invoiceAddress, String reference, int day) {
        String unique = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO " + schema + ".registration (network_id, organisation_id, email, name, participant_kind, invoice_address, "
                        + "invoice_reference, status, submission_key, created_at, confirmed_at) "
                        + "VALUES (1, :organisation, :email, 'Person', 'CIVIL_SERVANT', :address, :reference, :status, :key, "
                        + ":at, :confirmedAt)")
                .param("organisation", organisationId).param("email", unique + "@example.org").param("address", invoiceAddress)
                .param("reference", reference).param("status", status).param("key", unique.replace("-", ""))
                .param("at", java.sql.Timestamp.valueOf("2027-01-0" + day + " 10:00:00"))
                .param("confirmedAt", "CONFIRMED".equals(status) ? java.sql.Timestamp.valueOf("2027-01-0" + day + " 10:00:00") : null,
                        java.sql.Types.TIMESTAMP)
                .update();
    }
}
