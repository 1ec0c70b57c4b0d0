package se.arena.registration;

/**
 * What became of a registration: a seat, a place on the waitlist, or a claim waiting for the
 * person's confirmation. A repeated submit of the same form gets the first submit's result back.
 */
public record RegistrationResult(Registration registration) {
}
