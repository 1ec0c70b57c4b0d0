package se.arena.registration;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkLimitsChanged;

/** When staff raise a network's limits, the waitlist gets the seats that opened, in arrival order. */
@Component
class WaitlistOnLimitChange {

    private final NetworkCatalogue catalogue;
    private final Registrations registrations;

    WaitlistOnLimitChange(NetworkCatalogue catalogue, Registrations registrations) {
        this.catalogue = catalogue;
        this.registrations = registrations;
    }

    @ApplicationModuleListener
    void on(NetworkLimitsChanged changed) {
        catalogue.find(changed.networkId()).ifPresent(registrations::fillFreeSeats);
    }
}
