package se.arena.registration;

import java.time.Instant;

/**
 * One person asked in a round: a coordinator about all the organisation's seats, or, where the
 * organisation has no coordinator, a seat holder about their own.
 *
 * @param registrationId the holder's own seat, or null for a coordinator's request about every seat
 */
public record RenewalRequest(long id, long roundId, long organisationId, Long registrationId, String recipientEmail,
                             Instant sentAt, Instant remindedAt, int reminders) {

    /** The request's seats among all the round's seats of the organisation. */
    boolean covers(RenewalSeat seat) {
        return seat.organisationId() == organisationId && (registrationId == null || registrationId == seat.registrationId());
    }
}
