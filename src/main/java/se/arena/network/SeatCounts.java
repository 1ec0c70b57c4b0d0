package se.arena.network;

import java.util.List;

/**
 * How many of a network's seats an organisation holds. The registration module, which owns the
 * seats, provides it; the network page asks through this interface so that networks need not
 * know about registrations.
 */
public interface SeatCounts {

    /**
     * The organisation's seats in the year a seat taken today would first hold, and from the year
     * after on (while the period lasts), each against the limit per organisation.
     */
    List<YearSeats> seatsTaken(Network network, long organisationId);
}
