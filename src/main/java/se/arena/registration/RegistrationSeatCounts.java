package se.arena.registration;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import se.arena.network.Network;
import se.arena.network.SeatCounts;

@Component
class RegistrationSeatCounts implements SeatCounts {

    private final RegistrationRepository registrations;
    private final Clock clock;

    RegistrationSeatCounts(RegistrationRepository registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    /**
     * Counted the way a registration today is decided: in the first year a seat taken today would
     * hold, with the seats held for confirmations, so the page never promises a seat that is held.
     */
    @Override
    public int seatsTaken(Network network, long organisationId) {
        return registrations.seatsTaken(network.id(), organisationId,
                SeatPeriod.of(network).firstYearHeldFrom(LocalDate.now(clock).getYear()), clock.instant());
    }
}
