package se.arena.registration;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import se.arena.web.SwedishTime;

/**
 * A person's registration to a network on behalf of their organisation: a seat, or a place in the queue for one.
 *
 * @param phase where the organisation stands in the work, as the person answered; null when not asked
 * @param hold until when a pending registration waits for its confirmation, and whether it holds a
 *             seat meanwhile; null for any other status
 */
public record Registration(
        long id,
        long networkId,
        long organisationId,
        String email,
        String name,
        String title,
        ParticipantKind kind,
        String address,
        String phone,
        String mobile,
        String invoiceAddress,
        String invoiceReference,
        String preferredDate,
        Phase phase,
        RegistrationStatus status,
        Instant createdAt,
        Hold hold) {

    /**
     * A pending registration's claim: a seat counted against the limits (or, when the network was
     * full, a waitlist place to be taken on confirmation) until {@code expiresAt}.
     */
    public record Hold(Instant expiresAt, boolean seat) {

        private static final DateTimeFormatter SWEDISH_TIME = SwedishTime.pattern("d MMMM yyyy 'kl.' HH:mm");

        public boolean hasExpired(Instant now) {
            return !now.isBefore(expiresAt);
        }

        /** When the hold ends, in Swedish time: "14 mars 2027 kl. 09:30". */
        public String expiresLabel() {
            return SWEDISH_TIME.format(expiresAt);
        }
    }

    /** Pending and still within its hold: the only state in which it can be confirmed. */
    public boolean awaitsConfirmation(Instant now) {
        return status == RegistrationStatus.PENDING && !hold.hasExpired(now);
    }
}
