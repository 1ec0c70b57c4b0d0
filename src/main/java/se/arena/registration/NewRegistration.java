package se.arena.registration;

/**
 * A validated registration before it has a seat decision.
 *
 * @param phase where the organisation stands in the work, when the network asked; null otherwise
 */
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
        Phase phase,
        String submissionKey) {
}
