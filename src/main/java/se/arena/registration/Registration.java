package se.arena.registration;

import java.time.Instant;

/** A person's registration to a network on behalf of their organisation: a seat, or a place in the queue for one. */
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
        RegistrationStatus status,
        Instant createdAt) {
}
