package se.arena.network;

/** Staff changed a network's seat limits: a higher limit may give waitlisted people a seat. */
public record NetworkLimitsChanged(long networkId) {
}
