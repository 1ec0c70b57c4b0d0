package se.arena.room.message;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.registration.Registration;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;

/** The networks, seats and sent mails the message tests set up and read, made in one place. */
@Component
class MessageScenarios {

    private final NetworkAdministration networkAdministration;
    private final NetworkCatalogue networkCatalogue;
    private final Registrations registrations;
    private final OrganisationDirectory organisations;
    private final JdbcClient jdbc;

    MessageScenarios(NetworkAdministration networkAdministration, NetworkCatalogue networkCatalogue, Registrations registrations,
                     OrganisationDirectory organisations, JdbcClient jdbc) {
        this.networkAdministration = networkAdministration;
        this.networkCatalogue = networkCatalogue;
        this.registrations = registrations;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    /** An open network with three seats per organisation. */
    Network network() {
        return new TestNetworks(networkAdministration, networkCatalogue).open(3, null, "");
    }

    /** A seat under a fresh address at the organisation with this place in the reference data's order. */
    Registration seat(Network network, int organisation, String name) {
        return new TestSeats(registrations).seat(network, organisations.all().get(organisation).id(),
                "m-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", name);
    }

    /** Who the outbox holds a mail with this subject for. */
    List<String> recipientsOf(String subject) {
        return jdbc.sql("SELECT recipient FROM outbox_message WHERE subject = :s").param("s", subject).query(String.class).list();
    }

    /** A fresh form submission key. */
    static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
