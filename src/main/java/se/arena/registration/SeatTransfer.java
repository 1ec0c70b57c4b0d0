package se.arena.registration;

/** An offer of a seat to a colleague in the same organisation, waiting for the colleague to accept. */
public record SeatTransfer(long id, long registrationId, String colleagueName, String colleagueEmail) {
}
