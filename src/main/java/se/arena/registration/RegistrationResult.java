package se.arena.registration;

import java.util.List;

/**
 * What became of a registration: a seat or a place on the waitlist. A repeated submit of the
 * same form gets the first submit's result back.
 *
 * @param seatHolders who holds the organisation's seats when the person was waitlisted for that reason
 */
public record RegistrationResult(Registration registration, List<Registration> seatHolders) {

    public boolean isConfirmed() {
        return registration.status() == RegistrationStatus.CONFIRMED;
    }
}
