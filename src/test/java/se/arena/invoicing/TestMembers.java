package se.arena.invoicing;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.registration.Registrations;
import se.arena.registration.TestSeats;

/** Municipalities, their seat holders with invoice details and their coordinators, for the invoicing tests. */
record TestMembers(JdbcClient jdbc, Registrations registrations) {

    long municipality(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = :name AND type = 'MUNICIPALITY'").param("name", name)
                .query(Long.class).single();
    }

    /**
     * Gives a new person a confirmed seat with the invoice address and reference their registration states.
     *
     * @return the person's e-mail address
     */
    String seat(Network network, long organisationId, String name, String invoiceAddress, String reference) {
        String email = "faktura-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = new TestSeats(registrations).seat(network, organisationId, email, name).id();
        jdbc.sql("UPDATE registration SET invoice_address = :address, invoice_reference = :reference WHERE id = :id")
                .param("address", invoiceAddress).param("reference", reference).param("id", id).update();
        return email;
    }

    /** A coordinator account of the organisation in the database, as Mina sidor and sign-in read it. */
    SignedInUser coordinatorOf(long organisationId) {
        String email = "samordnare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (email, display_name) VALUES (:email, 'Samordnare')").param("email", email).update(key, "id");
        long account = key.getKeyAs(Long.class);
        jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (:id, 'COORDINATOR')").param("id", account).update();
        jdbc.sql("INSERT INTO account_organisation (account_id, organisation_id) VALUES (:id, :organisation)")
                .param("id", account).param("organisation", organisationId).update();
        return new SignedInUser(account, email, "Samordnare", Set.of(Role.COORDINATOR), Set.of(organisationId), Instant.now());
    }
}
