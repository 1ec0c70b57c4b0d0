package se.arena.registration;

import org.springframework.stereotype.Component;

import se.arena.network.SeatCounts;

@Component
class RegistrationSeatCounts implements SeatCounts {

    private final RegistrationRepository registrations;

    RegistrationSeatCounts(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    public int confirmedFor(long networkId, long organisationId) {
        return registrations.confirmedFor(networkId, organisationId);
    }
}
