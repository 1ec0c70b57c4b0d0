package se.arena.activity;

import org.springframework.stereotype.Component;

import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;

/**
 * What the activity tests set up before they sign people up: open networks, seats in them, real
 * municipalities and activities with dates. One bean, so that each test asks for it instead of
 * for the seven services behind it.
 */
@Component
public class ActivityScenarios {

    private final ActivityAdministration administration;
    private final ActivityCatalogue catalogue;
    private final SignUps signUps;
    private final NetworkAdministration networkAdministration;
    private final NetworkCatalogue networkCatalogue;
    private final Registrations registrations;
    private final OrganisationDirectory organisations;

    ActivityScenarios(ActivityAdministration administration, ActivityCatalogue catalogue, SignUps signUps,
                      NetworkAdministration networkAdministration, NetworkCatalogue networkCatalogue, Registrations registrations,
                      OrganisationDirectory organisations) {
        this.administration = administration;
        this.catalogue = catalogue;
        this.signUps = signUps;
        this.networkAdministration = networkAdministration;
        this.networkCatalogue = networkCatalogue;
        this.registrations = registrations;
        this.organisations = organisations;
    }

    public TestActivities activities() {
        return new TestActivities(administration, catalogue, signUps);
    }

    public TestNetworks networks() {
        return new TestNetworks(networkAdministration, networkCatalogue);
    }

    public TestSeats seats() {
        return new TestSeats(registrations);
    }

    /** A municipality of the reference data by its name, e.g. "Karlskoga". */
    public Organisation municipality(String name) {
        return organisations.search(OrganisationFilter.of(name, null, "MUNICIPALITY"), 1, 1).items().getFirst();
    }
}
