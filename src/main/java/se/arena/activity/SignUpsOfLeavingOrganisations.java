package se.arena.activity;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.registration.OrganisationLeftNetwork;

/**
 * When an organisation leaves a network, its people's places on the network's coming activities
 * end with their seats, and the places go to those waiting. Runs after the leaving is committed;
 * a failure leaves the event to be retried.
 */
@Component
class SignUpsOfLeavingOrganisations {

    private final NetworkCatalogue networks;
    private final OrganisationDirectory organisations;
    private final SignUps signUps;

    SignUpsOfLeavingOrganisations(NetworkCatalogue networks, OrganisationDirectory organisations, SignUps signUps) {
        this.networks = networks;
        this.organisations = organisations;
        this.signUps = signUps;
    }

    @ApplicationModuleListener
    void on(OrganisationLeftNetwork left) {
        networks.find(left.networkId()).ifPresent(network -> organisations.findAll(List.of(left.organisationId())).stream()
                .findFirst().ifPresent(organisation -> signUps.endAfterLeaving(network, organisation)));
    }
}
