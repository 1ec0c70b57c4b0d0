package se.arena.registration;

/** A validated registration before it has a seat decision. */
record NewRegistration(
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
        String submissionKey) {
}
