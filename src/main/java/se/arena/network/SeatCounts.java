package se.arena.network;

/**
 * How many of a network's seats an organisation holds. The registration module, which owns the
 * seats, provides it; the network page asks through this interface so that networks need not
 * know about registrations.
 */
public interface SeatCounts {

    int seatsTaken(Network network, long organisationId);
}
