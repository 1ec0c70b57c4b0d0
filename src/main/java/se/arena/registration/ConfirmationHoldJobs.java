package se.arena.registration;

import org.springframework.stereotype.Component;

import se.arena.ClusterJob;
import se.arena.network.NetworkCatalogue;

/**
 * Ends the holds of registrations nobody confirmed in time, on one node, and gives the seats they
 * held to the waitlist. An expired hold stops counting against the limits the moment it runs
 * out; this job makes it visible as expired and fills the seat without waiting for the next
 * registration in the network.
 */
@Component
class ConfirmationHoldJobs {

    private final Registrations registrations;
    private final NetworkCatalogue catalogue;

    ConfirmationHoldJobs(Registrations registrations, NetworkCatalogue catalogue) {
        this.registrations = registrations;
        this.catalogue = catalogue;
    }

    @ClusterJob(name = "registration-hold-expiry", cron = "${arena.registration.hold-expiry-cron:0 5 * * * *}")
    public void expireHolds() {
        endExpiredHolds();
    }

    /** Every network's holds that have run out, each network under its own seat lock. */
    public void endExpiredHolds() {
        for (long networkId : registrations.networksWithExpiredHolds()) {
            catalogue.find(networkId).ifPresent(registrations::expireHolds);
        }
    }
}
