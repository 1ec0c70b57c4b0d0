package se.arena.network;

import java.util.List;
import java.util.Optional;

import se.arena.web.SwedishCount;

/**
 * What an organisation has left of its seats in a network, as the network page tells a visitor
 * who is about to register: this year and the years after counted apart, since a seat declined
 * for next year still counts this year. A seat given now holds every later year, so one full
 * year sends a newcomer to the waitlist.
 *
 * @param years the year a seat taken now would first hold, then the years after it
 */
record OrganisationSeats(String organisation, List<YearSeats> years) {

    String sentence() {
        YearSeats first = years.getFirst();
        Optional<YearSeats> later = years.stream().skip(1).findFirst();
        if (first.isFull()) {
            return organisation + " har inga platser kvar " + first.year() + ". Anmäler du dig hamnar du på väntelistan.";
        }
        String left = organisation + " har " + left(first) + " " + first.year();
        if (later.isEmpty()) {
            return left + ".";
        }
        if (later.get().isFull()) {
            return left + " men inga " + later.get().period() + ", och en plats gäller resten av perioden. "
                    + "Anmäler du dig hamnar du på väntelistan.";
        }
        return left + " och " + left(later.get()) + " " + later.get().period() + ".";
    }

    private static String left(YearSeats seats) {
        return seats.left() + " av " + SwedishCount.of(seats.limit(), "plats", "platser") + " kvar";
    }
}
