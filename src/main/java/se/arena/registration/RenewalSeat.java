package se.arena.registration;

import java.time.Instant;

/**
 * A seat asked about in a round, with its answer so far.
 *
 * @param answer null while nobody has answered for it
 */
public record RenewalSeat(long registrationId, long organisationId, String name, String title, String email,
                          RenewalAnswer answer, String answeredBy, Instant answeredAt) {

    public boolean isAnswered() {
        return answer != null;
    }

    public boolean isOpen() {
        return answer == null || !answer.isFinal();
    }
}
