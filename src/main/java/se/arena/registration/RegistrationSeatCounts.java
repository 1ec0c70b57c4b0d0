package se.arena.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.arena.network.Network;
import se.arena.network.SeatCounts;
import se.arena.network.YearSeats;

/**
 * The one place that counts seats, for the decisions and for every page that shows a count. A
 * year's count is the seats held in it (see {@link RegistrationRepository#seatsHeld}); a seat
 * given in a year holds every later year of the period too, so the room from a year on is what
 * the fullest of those years leaves. Pages show the year a seat taken today would first hold,
 * counted on its own, and the years after it as the fullest of them, so that a page never shows
 * room that a decision would not give.
 */
@Component
class RegistrationSeatCounts implements SeatCounts {

    private final RegistrationRepository registrations;
    private final Clock clock;

    RegistrationSeatCounts(RegistrationRepository registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    /** Whether one more person from the organisation can have a seat from the year on, within both limits. */
    boolean hasRoom(Network network, long organisationId, int fromYear) {
        SeatLimits limits = limits(network);
        // a count without its limit decides nothing, so it is not made
        return limits.hasRoom(limits.perOrganisation() == null ? 0 : takenFrom(network, organisationId, fromYear),
                limits.total() == null ? 0 : takenFrom(network, null, fromYear));
    }

    /** Whether the network has no seat left from the year on, whoever asks. */
    boolean isFull(Network network, int fromYear) {
        return network.totalCapacity() != null && limits(network).isFull(takenFrom(network, null, fromYear));
    }

    @Override
    public List<YearSeats> seatsTaken(Network network, long organisationId) {
        return shown(network, organisationId, network.seatsPerOrganisation());
    }

    /** The network's seats in the years the pages show, against its total capacity. */
    List<YearSeats> inNetwork(Network network) {
        return shown(network, null, network.totalCapacity());
    }

    private List<YearSeats> shown(Network network, Long organisationId, Integer limit) {
        SeatPeriod period = SeatPeriod.of(network);
        int first = period.firstYearHeldFrom(LocalDate.now(clock).getYear());
        List<YearSeats> shown = new ArrayList<>();
        shown.add(new YearSeats(first, false, held(network, organisationId, first), limit));
        if (first < network.lastYear()) {
            shown.add(new YearSeats(first + 1, first + 1 < network.lastYear(), takenFrom(network, organisationId, first + 1), limit));
        }
        return shown;
    }

    /** The seats of the fullest year from {@code fromYear} on; an organisation's, or the whole network's for null. */
    private int takenFrom(Network network, Long organisationId, int fromYear) {
        return SeatPeriod.of(network).yearsFrom(fromYear).map(year -> held(network, organisationId, year)).max().orElse(0);
    }

    private int held(Network network, Long organisationId, int year) {
        return organisationId == null
                ? registrations.seatsHeld(network.id(), year, clock.instant())
                : registrations.seatsHeld(network.id(), organisationId, year, clock.instant());
    }

    private static SeatLimits limits(Network network) {
        return new SeatLimits(network.seatsPerOrganisation(), network.totalCapacity());
    }
}
