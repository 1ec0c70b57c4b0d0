package se.arena.invoicing;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.registration.Registrations;
import se.arena.registration.TestCoordinators;
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
        TestCoordinators coordinators = new TestCoordinators(jdbc);
        String email = coordinators.create(organisationId);
        return new SignedInUser(coordinators.accountId(email), email, "Samordnare", Set.of(Role.COORDINATOR),
                Set.of(organisationId), Instant.now());
    }
}
