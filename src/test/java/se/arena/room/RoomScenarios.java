package se.arena.room;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.registration.Registrations;

/** Makes a fresh {@link RoomScenario} for each test, so that room tests ask for one bean instead of the four behind it. */
@Component
class RoomScenarios {

    private final NetworkAdministration administration;
    private final NetworkCatalogue catalogue;
    private final Registrations registrations;
    private final JdbcClient jdbc;

    RoomScenarios(NetworkAdministration administration, NetworkCatalogue catalogue, Registrations registrations, JdbcClient jdbc) {
        this.administration = administration;
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.jdbc = jdbc;
    }

    RoomScenario create() {
        return RoomScenario.create(administration, catalogue, registrations, jdbc);
    }
}
