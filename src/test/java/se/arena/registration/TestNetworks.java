package se.arena.registration;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.arena.network.MembershipForm;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkContact;
import se.arena.network.NetworkForm;
import se.arena.network.NetworkStatus;
import se.arena.privacy.Actor;

/** Creates open networks with the limits a test needs, through the network module's own API. */
public record TestNetworks(NetworkAdministration administration, NetworkCatalogue catalogue) {

    public Network open(Integer seatsPerOrganisation, Integer totalCapacity, String deadline) {
        return open(seatsPerOrganisation, totalCapacity, deadline, null);
    }

    /** An open network with its membership rules as staff would type them; null for the defaults. */
    public Network open(Integer seatsPerOrganisation, Integer totalCapacity, String deadline, MembershipForm membership) {
        return open(form(title(), seatsPerOrganisation, totalCapacity, deadline, membership, false));
    }

    /** An open network of two seats per organisation whose registration asks where the organisation stands in the work. */
    public Network openAskingPhase() {
        return open(form(title(), 2, null, "", null, true));
    }

    private Network open(NetworkForm form) {
        long id = administration.create(form, Actor.system());
        administration.moveStatus(id, NetworkStatus.DRAFT, NetworkStatus.OPEN, Actor.system());
        return catalogue.find(id).orElseThrow();
    }

    private static String title() {
        return "Testnätverk " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Staff change the network's limits, as on its admin page. */
    public Network changeLimits(Network network, Integer seatsPerOrganisation, Integer totalCapacity) {
        administration.update(network.id(), form(network.title(), seatsPerOrganisation, totalCapacity,
                network.registrationDeadline() == null ? "" : network.registrationDeadline().toString(),
                MembershipForm.of(network.membership()), network.asksPhase()), Actor.system());
        return catalogue.find(network.id()).orElseThrow();
    }

    /** A valid registration of a new person from the organisation. */
    static NewRegistration person(Network network, long organisationId) {
        String unique = UUID.randomUUID().toString().substring(0, 12);
        return new NewRegistration(network.id(), organisationId, "deltagare-" + unique + "@example.org", "Deltagare " + unique,
                null, ParticipantKind.CIVIL_SERVANT, null, null, null, null, null, null, null, "test-" + unique + "-key-padding");
    }

    private static NetworkForm form(String title, Integer seatsPerOrganisation, Integer totalCapacity, String deadline,
                                    MembershipForm membership, boolean asksPhase) {
        return new NetworkForm(title, "", "Test", "CIVIL_SERVANTS", "2027", "2030", "900", "25",
                seatsPerOrganisation == null ? "" : seatsPerOrganisation.toString(),
                totalCapacity == null ? "" : totalCapacity.toString(), deadline, true, true, "Lunch",
                "Ett nätverk för tester.", Map.of(), List.of(new NetworkContact("Karin Ekholm", "Handläggare",
                "karin.ekholm@example.org", "070-174 06 05")), membership, asksPhase);
    }
}
